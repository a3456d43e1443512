package io.crmkit.benchmarks.shared;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.crmkit.core.shared.CountryCode;
import io.crmkit.core.shared.PhoneNumber;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Normalising phone numbers as typed into web forms and imports to E.164: crmkit's {@link PhoneNumber#parse}
 * against Google's libphonenumber (parse + format E164, the peer a host would pick) and a hand-written baseline that
 * only strips separators and prepends a calling code (no validation, no trunk rules: a lower bound, not a
 * replacement). The input mix is skewed like a European B2B CRM: mostly German and US numbers, national and
 * international formats, a long tail of other regions.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PhoneNumberBenchmark {

    private static final String[][] SAMPLES = {
            {"DE", "030 1234567"}, {"DE", "+49 (0)89 12345678"}, {"DE", "0171/2345678"}, {"DE", "0049 40 123456"},
            {"US", "(415) 555-2671"}, {"US", "+1 212-555-0100"}, {"US", "1 650 253 0000"},
            {"GB", "020 7946 0958"}, {"FR", "06 12 34 56 78"}, {"IT", "06 6982 1234"}, {"CN", "138 0013 8000"},
            {"JP", "03-1234-5678"}, {"CH", "044 668 18 00"}, {"NL", "020 123 4567"}, {"ES", "+34 912 345 678"},
            {"RU", "8 (495) 123-45-67"}};
    private static final int[] WEIGHTS = {20, 10, 10, 5, 15, 8, 4, 5, 4, 3, 3, 3, 3, 3, 2, 2};
    private static final int SIZE = 1024;

    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    private String[] raw;
    private String[] region;
    private CountryCode[] country;
    private int next;

    @Setup(Level.Trial)
    public void data() {
        Random random = new Random(42);
        int total = 0;
        for (int w : WEIGHTS) {
            total += w;
        }
        raw = new String[SIZE];
        region = new String[SIZE];
        country = new CountryCode[SIZE];
        for (int i = 0; i < SIZE; i++) {
            int pick = random.nextInt(total);
            int s = 0;
            while (pick >= WEIGHTS[s]) {
                pick -= WEIGHTS[s++];
            }
            region[i] = SAMPLES[s][0];
            country[i] = CountryCode.of(SAMPLES[s][0]);
            raw[i] = SAMPLES[s][1];
        }
        // every implementation must agree before anything is measured
        for (int i = 0; i < SIZE; i++) {
            String ours = PhoneNumber.parse(raw[i], country[i]).e164();
            String theirs = peer(i);
            if (!ours.equals(theirs)) {
                throw new IllegalStateException(raw[i] + " (" + region[i] + "): crmkit " + ours + ", libphonenumber " + theirs);
            }
        }
    }

    /** crmkit: validated, with trunk and international-prefix rules. */
    @Benchmark
    public String crmkit() {
        int i = next++ & (SIZE - 1);
        return PhoneNumber.parse(raw[i], country[i]).e164();
    }

    /** The peer: libphonenumber's parse and E.164 format. */
    @Benchmark
    public String libphonenumber() {
        return peer(next++ & (SIZE - 1));
    }

    /** Hand-written lower bound: strip separators, drop one trunk 0, prepend a calling code. No validation. */
    @Benchmark
    public String baseline() {
        int i = next++ & (SIZE - 1);
        String s = raw[i];
        StringBuilder digits = new StringBuilder(16);
        for (int c = 0; c < s.length(); c++) {
            char ch = s.charAt(c);
            if (ch >= '0' && ch <= '9') {
                digits.append(ch);
            }
        }
        if (s.startsWith("+")) {
            return "+" + digits;
        }
        if (digits.length() > 1 && digits.charAt(0) == '0' && digits.charAt(1) == '0') {
            return "+" + digits.substring(2);
        }
        String code = Integer.toString(util.getCountryCodeForRegion(region[i]));
        return "+" + code + (digits.charAt(0) == '0' ? digits.substring(1) : digits);
    }

    private String peer(int i) {
        try {
            return util.format(util.parse(raw[i], region[i]), PhoneNumberUtil.PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            throw new IllegalStateException(raw[i], e);
        }
    }
}
