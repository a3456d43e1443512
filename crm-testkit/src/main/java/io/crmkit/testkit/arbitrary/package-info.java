/** jqwik arbitraries for crmkit's values; jqwik is an optional dependency of the testkit. */
package io.crmkit.testkit.arbitrary;
