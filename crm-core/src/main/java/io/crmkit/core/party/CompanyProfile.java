package io.crmkit.core.party;

import io.crmkit.core.internal.Require;
import io.crmkit.core.shared.Address;
import io.crmkit.core.shared.PhoneNumber;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Firmographics of a company, known in part: industry, size band, sales region, website, switchboard phone and
 * address. Shared by accounts and leads so that conversion can fill an account's empty fields from a lead.
 */
public record CompanyProfile(Optional<String> industry, Optional<SizeBand> sizeBand, Optional<String> region,
                             Optional<String> website, Optional<PhoneNumber> phone, Optional<Address> address) {

    private static final CompanyProfile EMPTY = new CompanyProfile(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty());

    /** Validates: no null components, text parts non-blank and at most 200 characters. */
    public CompanyProfile {
        industry = text(industry, "industry");
        Require.nonNull(sizeBand, "sizeBand");
        region = text(region, "region");
        website = text(website, "website");
        Require.nonNull(phone, "phone");
        Require.nonNull(address, "address");
    }

    private static Optional<String> text(Optional<String> value, String field) {
        return Require.nonNull(value, field).map(v -> Require.text(v, field, 200));
    }

    /** A profile with nothing known. */
    public static CompanyProfile empty() {
        return EMPTY;
    }

    /** This profile with {@code industry}. */
    public CompanyProfile withIndustry(String industry) {
        return new CompanyProfile(Optional.of(industry), sizeBand, region, website, phone, address);
    }

    /** This profile with {@code sizeBand}. */
    public CompanyProfile withSizeBand(SizeBand sizeBand) {
        return new CompanyProfile(industry, Optional.of(sizeBand), region, website, phone, address);
    }

    /** This profile with {@code region}. */
    public CompanyProfile withRegion(String region) {
        return new CompanyProfile(industry, sizeBand, Optional.of(region), website, phone, address);
    }

    /** This profile with {@code website}. */
    public CompanyProfile withWebsite(String website) {
        return new CompanyProfile(industry, sizeBand, region, Optional.of(website), phone, address);
    }

    /** This profile with {@code phone}. */
    public CompanyProfile withPhone(PhoneNumber phone) {
        return new CompanyProfile(industry, sizeBand, region, website, Optional.of(phone), address);
    }

    /** This profile with {@code address}. */
    public CompanyProfile withAddress(Address address) {
        return new CompanyProfile(industry, sizeBand, region, website, phone, Optional.of(address));
    }

    /** This profile with each empty field taken from {@code other}; fields known here are kept. */
    public CompanyProfile fillEmptyFrom(CompanyProfile other) {
        Require.nonNull(other, "other");
        return new CompanyProfile(industry.or(other::industry), sizeBand.or(other::sizeBand), region.or(other::region),
                website.or(other::website), phone.or(other::phone), address.or(other::address));
    }

    /** The names of the fields that differ between this profile and {@code other}. */
    public List<String> differences(CompanyProfile other) {
        List<String> fields = new ArrayList<>();
        if (!industry.equals(other.industry)) fields.add("industry");
        if (!sizeBand.equals(other.sizeBand)) fields.add("sizeBand");
        if (!region.equals(other.region)) fields.add("region");
        if (!website.equals(other.website)) fields.add("website");
        if (!phone.equals(other.phone)) fields.add("phone");
        if (!address.equals(other.address)) fields.add("address");
        return List.copyOf(fields);
    }
}
