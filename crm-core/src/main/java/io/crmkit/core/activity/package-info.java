/** Calls, emails, meetings, visits, tasks and notes, and the agenda of what is due or overdue. */
package io.crmkit.core.activity;
