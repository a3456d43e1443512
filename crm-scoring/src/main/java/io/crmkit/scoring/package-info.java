/** Root package of crmkit scoring: feature packages ({@code rules}, {@code predictive}, {@code forecast}, ...) live below it. */
package io.crmkit.scoring;
