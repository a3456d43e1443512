/** The 360-degree timeline of an account: everything known about it, in time order. */
package io.crmkit.core.timeline;
