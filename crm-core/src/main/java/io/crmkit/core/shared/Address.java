package io.crmkit.core.shared;

import io.crmkit.core.internal.Require;

import java.util.StringJoiner;

/**
 * A postal address. Country and city are required; street, postal code and region (state, province, county) are
 * optional and are the empty string when unknown, never null. Every part is stripped and at most 200 characters.
 *
 * @param street     street and house number, possibly several lines; "" if unknown
 * @param postalCode postal or ZIP code; "" if unknown
 * @param city       city or town
 * @param region     state, province or county; "" if unknown
 * @param country    the country
 */
public record Address(String street, String postalCode, String city, String region, CountryCode country) {

    private static final int MAX_LENGTH = 200;

    /**
     * Validates and normalises.
     *
     * @throws NullPointerException     if {@code city} or {@code country} is null
     * @throws IllegalArgumentException naming the part if {@code city} is blank or a part is longer than 200
     */
    public Address {
        Require.nonNull(country, "country");
        city = Require.text(city, "city", MAX_LENGTH);
        street = optional(street, "street");
        postalCode = optional(postalCode, "postalCode");
        region = optional(region, "region");
    }

    /** An address; null or blank optional parts become "". */
    public static Address of(String street, String postalCode, String city, String region, CountryCode country) {
        return new Address(street, postalCode, city, region, country);
    }

    /**
     * The address on one line in a neutral order, not a country's postal format: street, postal code and city,
     * region, country code, skipping empty parts, e.g. {@code "Unter den Linden 1, 10117 Berlin, DE"}. Line breaks
     * and runs of whitespace inside a part become one space.
     */
    public String singleLine() {
        StringJoiner line = new StringJoiner(", ");
        add(line, street);
        add(line, postalCode.isEmpty() ? city : postalCode + " " + city);
        add(line, region);
        add(line, country.alpha2());
        return line.toString();
    }

    /** {@link #singleLine()}. */
    @Override
    public String toString() {
        return singleLine();
    }

    private static void add(StringJoiner line, String part) {
        if (!part.isEmpty()) {
            line.add(part.replaceAll("\\s+", " "));
        }
    }

    private static String optional(String value, String field) {
        return value == null || value.isBlank() ? "" : Require.text(value, field, MAX_LENGTH);
    }
}
