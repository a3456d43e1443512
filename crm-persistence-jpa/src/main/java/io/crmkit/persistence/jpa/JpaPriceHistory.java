package io.crmkit.persistence.jpa;

import io.crmkit.core.party.AccountId;
import io.crmkit.core.shared.ProductId;
import io.crmkit.pricing.port.PaidPrice;
import io.crmkit.pricing.port.PriceHistory;

import java.util.List;
import java.util.Objects;

/** {@link PriceHistory} in {@code pricing_paid_price}; accounts of one segment in {@code pricing_account_segment} are similar. */
final class JpaPriceHistory implements PriceHistory {

    private final Session session;

    JpaPriceHistory(Session session) {
        this.session = session;
    }

    @Override
    public List<PaidPrice> paidBy(AccountId account, ProductId product) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(product, "product");
        return session.call(em -> em.createQuery("select p from PricingPaidPrice p where p.account = :account"
                        + " and p.product = :product order by p.paidOn desc, p.id desc", PaidPriceRow.class)
                .setParameter("account", account.value()).setParameter("product", product.value())
                .getResultList().stream().map(PricingMapper::read).toList());
    }

    @Override
    public List<PaidPrice> paidBySimilar(AccountId account, ProductId product) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(product, "product");
        return session.call(em -> em.createQuery("select p from PricingPaidPrice p, PricingAccountSegment peer,"
                        + " PricingAccountSegment own where own.account = :account and peer.segment = own.segment"
                        + " and peer.account <> :account and p.account = peer.account and p.product = :product"
                        + " order by p.paidOn desc, p.id desc", PaidPriceRow.class)
                .setParameter("account", account.value()).setParameter("product", product.value())
                .getResultList().stream().map(PricingMapper::read).toList());
    }

    /** Records {@code paid}. */
    void record(PaidPrice paid) {
        Objects.requireNonNull(paid, "paid");
        session.call(em -> {
            em.persist(PricingMapper.write(paid));
            return null;
        });
    }

    /** Puts {@code account} in {@code segment}, replacing its earlier one. */
    void segment(AccountId account, String segment) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(segment, "segment");
        if (segment.isBlank() || segment.length() > 100) {
            throw new IllegalArgumentException("segment must have 1 to 100 characters but was '" + segment + "'");
        }
        session.call(em -> {
            AccountSegmentRow row = em.find(AccountSegmentRow.class, account.value());
            if (row == null) {
                row = new AccountSegmentRow();
                row.account = account.value();
                row.segment = segment;
                em.persist(row);
            } else {
                row.segment = segment;
            }
            return null;
        });
    }
}
