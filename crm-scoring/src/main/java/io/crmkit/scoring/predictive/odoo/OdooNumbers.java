package io.crmkit.scoring.predictive.odoo;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Odoo's and Python's number handling, where the last digit matters. */
final class OdooNumbers {

    private OdooNumbers() {
    }

    /**
     * Python's {@code round(x, 2)} on a float: the exact binary value of {@code x} rounded half-even to two decimals
     * (CPython rounds the exact value, so {@code round(65.625, 2) == 65.62} while {@code round(2.675, 2) == 2.67}
     * because 2.675 is stored below the tie), returned as the nearest double.
     */
    static double pythonRound2(double x) {
        return Double.parseDouble(new BigDecimal(x).setScale(2, RoundingMode.HALF_EVEN).toPlainString());
    }

    /**
     * A count as {@code crm.lead.scoring.frequency} stores it: {@code won_count} and {@code lost_count} are
     * {@code fields.Float(digits=(16, 1))}, a {@code numeric} column holding one decimal
     * ({@code crm_lead_scoring_frequency.py}), read back as the double nearest to that decimal. Odoo rounds the
     * value's shortest representation half-up to one decimal when writing.
     */
    static double storedCount(double count) {
        return Double.parseDouble(BigDecimal.valueOf(count).setScale(1, RoundingMode.HALF_UP).toPlainString());
    }
}
