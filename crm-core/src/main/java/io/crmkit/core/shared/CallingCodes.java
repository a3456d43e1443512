package io.crmkit.core.shared;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The dialling plan {@link PhoneNumber} needs per region: the country calling code, the national trunk prefix(es)
 * removed from numbers written in national form, and the international prefix if it is not {@code 00}. A best-effort
 * table of common countries, not a full numbering plan.
 */
final class CallingCodes {

    /** How one region dials. */
    record Dialing(String code, List<String> trunks, String internationalPrefix) {

        /** The national significant number of {@code digits} written in this region's national form. */
        String nationalNumber(String digits) {
            switch (code) {
                case "1": // NANP: 1 is the trunk prefix of 11-digit numbers, 10-digit numbers have none
                    return digits.length() == 11 && digits.charAt(0) == '1' ? digits.substring(1) : digits;
                case "7": // RU, KZ: trunk 8 before 10-digit numbers; a bare country code 7 is tolerated too
                    return digits.length() == 11 && (digits.charAt(0) == '8' || digits.charAt(0) == '7')
                            ? digits.substring(1) : digits;
                default:
                    for (String trunk : trunks) {
                        if (digits.startsWith(trunk)) {
                            return digits.substring(trunk.length());
                        }
                    }
                    return digits;
            }
        }
    }

    private static final List<String> ZERO = List.of("0");
    private static final List<String> NONE = List.of();
    private static final Map<String, Dialing> BY_REGION = new HashMap<>();

    static {
        // Trunk prefix 0
        zero("43", "AT");
        zero("32", "BE");
        zero("359", "BG");
        zero("385", "HR");
        zero("358", "FI", "AX");
        zero("33", "FR");
        zero("49", "DE");
        zero("353", "IE");
        zero("31", "NL");
        zero("40", "RO");
        zero("421", "SK");
        zero("386", "SI");
        zero("46", "SE");
        zero("44", "GB", "GG", "JE", "IM");
        zero("41", "CH");
        zero("380", "UA");
        zero("381", "RS");
        zero("387", "BA");
        zero("382", "ME");
        zero("389", "MK");
        zero("355", "AL");
        zero("373", "MD");
        zero("995", "GE");
        zero("374", "AM");
        zero("994", "AZ");
        zero("90", "TR");
        zero("55", "BR");
        zero("54", "AR");
        zero("56", "CL");
        zero("57", "CO");
        zero("51", "PE");
        zero("58", "VE");
        zero("593", "EC");
        zero("598", "UY");
        zero("595", "PY");
        zero("591", "BO");
        zero("86", "CN");
        zero("91", "IN");
        zero("886", "TW");
        zero("62", "ID");
        zero("60", "MY");
        zero("66", "TH");
        zero("84", "VN");
        zero("63", "PH");
        zero("92", "PK");
        zero("880", "BD");
        zero("94", "LK");
        zero("977", "NP");
        zero("971", "AE");
        zero("966", "SA");
        zero("962", "JO");
        zero("961", "LB");
        zero("972", "IL");
        zero("98", "IR");
        zero("964", "IQ");
        zero("64", "NZ");
        zero("27", "ZA");
        zero("20", "EG");
        zero("234", "NG");
        zero("254", "KE");
        zero("212", "MA");
        zero("213", "DZ");
        zero("233", "GH");
        zero("251", "ET");
        put("81", ZERO, "010", "JP");
        put("82", ZERO, "001", "KR");
        put("61", ZERO, "0011", "AU");
        put("36", List.of("06"), "00", "HU");
        put("370", List.of("0", "8"), "00", "LT"); // 8 is being replaced by 0
        put("7", List.of("8"), "00", "RU", "KZ");
        // No trunk prefix: a leading 0 belongs to the number (IT, SM, VA) or does not occur
        none("39", "IT", "VA");
        none("378", "SM");
        none("357", "CY");
        none("420", "CZ");
        none("45", "DK");
        none("372", "EE");
        none("30", "GR");
        none("371", "LV");
        none("352", "LU");
        none("356", "MT");
        none("48", "PL");
        none("351", "PT");
        none("34", "ES");
        none("47", "NO");
        none("354", "IS");
        none("423", "LI");
        none("377", "MC");
        none("376", "AD");
        none("298", "FO");
        none("299", "GL");
        none("65", "SG");
        none("852", "HK");
        none("853", "MO");
        none("974", "QA");
        none("965", "KW");
        none("973", "BH");
        none("968", "OM");
        none("52", "MX");
        none("225", "CI");
        none("216", "TN");
        none("221", "SN");
        none("506", "CR");
        none("507", "PA");
        none("502", "GT");
        none("503", "SV");
        // North American Numbering Plan
        put("1", List.of("1"), "011", "US", "CA", "PR", "VI", "GU", "AS", "MP", "AG", "AI", "BB", "BM", "BS", "DM",
                "DO", "GD", "JM", "KN", "KY", "LC", "MS", "SX", "TC", "TT", "VC", "VG");
    }

    private static final Set<String> CODES = BY_REGION.values().stream().map(Dialing::code)
            .collect(Collectors.toUnmodifiableSet());

    private CallingCodes() {
    }

    /** How {@code region} dials, if it is in the table. */
    static Optional<Dialing> of(CountryCode region) {
        return Optional.ofNullable(BY_REGION.get(region.alpha2()));
    }

    /** True if {@code code} is the calling code of a region in the table. */
    static boolean isKnown(String code) {
        return CODES.contains(code);
    }

    /** The number of regions in the table. */
    static int regionCount() {
        return BY_REGION.size();
    }

    private static void zero(String code, String... regions) {
        put(code, ZERO, "00", regions);
    }

    private static void none(String code, String... regions) {
        put(code, NONE, "00", regions);
    }

    private static void put(String code, List<String> trunks, String internationalPrefix, String... regions) {
        Dialing dialing = new Dialing(code, trunks, internationalPrefix);
        for (String region : regions) {
            if (BY_REGION.put(region, dialing) != null) {
                throw new IllegalStateException("region " + region + " is listed twice");
            }
        }
    }
}
