/** Price books, price rules and discount schedules as JSON, validated with every problem reported at its JSON path. */
package io.crmkit.pricing.json;
