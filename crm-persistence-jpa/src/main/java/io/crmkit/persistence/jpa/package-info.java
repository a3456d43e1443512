/** Root package of the Jakarta Persistence adapters. */
package io.crmkit.persistence.jpa;
