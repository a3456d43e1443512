package io.crmkit.persistence.jpa;

import io.crmkit.core.party.CompanyProfile;
import io.crmkit.core.party.SizeBand;
import io.crmkit.core.shared.Address;
import io.crmkit.core.shared.CountryCode;
import io.crmkit.core.shared.PhoneNumber;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Optional;

/** A {@link CompanyProfile} as columns of the lead and account tables. */
@Embeddable
class ProfileColumns {

    @Column(name = "industry", length = 200)
    String industry;
    @Column(name = "size_band", length = 20)
    String sizeBand;
    @Column(name = "region", length = 200)
    String region;
    @Column(name = "website", length = 200)
    String website;
    @Column(name = "company_phone", length = 20)
    String phone;
    @Column(name = "street", length = 200)
    String street;
    @Column(name = "postal_code", length = 200)
    String postalCode;
    @Column(name = "city", length = 200)
    String city;
    @Column(name = "address_region", length = 200)
    String addressRegion;
    @Column(name = "country", length = 2)
    String country;

    static ProfileColumns of(CompanyProfile p) {
        ProfileColumns c = new ProfileColumns();
        c.industry = p.industry().orElse(null);
        c.sizeBand = p.sizeBand().map(Enum::name).orElse(null);
        c.region = p.region().orElse(null);
        c.website = p.website().orElse(null);
        c.phone = p.phone().map(PhoneNumber::e164).orElse(null);
        p.address().ifPresent(a -> {
            c.street = a.street();
            c.postalCode = a.postalCode();
            c.city = a.city();
            c.addressRegion = a.region();
            c.country = a.country().alpha2();
        });
        return c;
    }

    CompanyProfile toProfile() {
        Optional<Address> address = city == null ? Optional.empty()
                : Optional.of(Address.of(street, postalCode, city, addressRegion, CountryCode.of(country)));
        return new CompanyProfile(Optional.ofNullable(industry), Optional.ofNullable(sizeBand).map(SizeBand::valueOf), Optional.ofNullable(region),
                Optional.ofNullable(website), Optional.ofNullable(phone).map(PhoneNumber::of), address);
    }
}
