package io.crmkit.benchmarks.scoring.rules.drools;

/**
 * A lead as a Drools fact: the profile fields the fit rules read, and the points the rules add up, in centipoints
 * (points x 100) per group, so that the caps apply as in crmkit. The rules write the points without {@code modify}:
 * no rule matches on them, so nothing has to be re-evaluated; {@link #reset()} clears them between executions.
 */
public final class DroolsLead {

    private final String industry;
    private final Double employees;
    private final String authority;
    private final String title;
    private final String emailDomain;
    private final String country;
    private final boolean phone;

    private long fit;
    private long web;
    private long content;
    private long email;
    private long other;
    private long total;

    /**
     * @param employees the headcount, null when unknown (then no size rule matches: the executable model compares
     *                  numbers with {@link Double#compare}, which puts NaN above every number, so unknown is null)
     * @param phone whether the lead has a phone number
     */
    public DroolsLead(String industry, Double employees, String authority, String title, String emailDomain,
                      String country, boolean phone) {
        this.industry = industry;
        this.employees = employees;
        this.authority = authority;
        this.title = title;
        this.emailDomain = emailDomain;
        this.country = country;
        this.phone = phone;
    }

    public String getIndustry() {
        return industry;
    }

    public Double getEmployees() {
        return employees;
    }

    public String getAuthority() {
        return authority;
    }

    public String getTitle() {
        return title;
    }

    public String getEmailDomain() {
        return emailDomain;
    }

    public String getCountry() {
        return country;
    }

    public boolean isPhone() {
        return phone;
    }

    public long getFit() {
        return fit;
    }

    public long getWeb() {
        return web;
    }

    public long getContent() {
        return content;
    }

    public long getEmail() {
        return email;
    }

    public long getOther() {
        return other;
    }

    /** The combined score in centipoints, set by the last rule to fire (the caps). */
    public long getTotal() {
        return total;
    }

    public void addFit(long centipoints) {
        fit += centipoints;
    }

    public void addWeb(long centipoints) {
        web += centipoints;
    }

    public void addContent(long centipoints) {
        content += centipoints;
    }

    public void addEmail(long centipoints) {
        email += centipoints;
    }

    public void addOther(long centipoints) {
        other += centipoints;
    }

    public void setTotal(long centipoints) {
        total = centipoints;
    }

    /** Clears the points, before the lead is scored again. */
    public void reset() {
        fit = 0;
        web = 0;
        content = 0;
        email = 0;
        other = 0;
        total = 0;
    }
}
