package io.crmkit.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** A rep who claims from public pools, as a row of {@code crm_pool_claimant}: locked to serialise their claims. */
@Entity(name = "CrmPoolClaimant")
@Table(name = "crm_pool_claimant")
class PoolClaimantRow {

    @Id
    @Column(name = "user_id")
    UUID user;
}
