package io.crmkit.persistence.jpa;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** A contact as a row of {@code crm_contact}; the accounts they work for are rows of {@code crm_contact_account}. */
@Entity(name = "CrmContact")
@Table(name = "crm_contact")
class ContactRow implements VersionedRow {

    @Id
    @Column(name = "id")
    UUID id;
    @Version
    @Column(name = "version")
    long version;
    @Column(name = "first_name", length = 100, nullable = false)
    String firstName;
    @Column(name = "last_name", length = 100, nullable = false)
    String lastName;
    @Column(name = "email", length = 254)
    String email;
    @Column(name = "phone", length = 20)
    String phone;
    @Column(name = "title", length = 200)
    String title;
    @ElementCollection
    @CollectionTable(name = "crm_contact_account", joinColumns = @JoinColumn(name = "contact_id"))
    @Column(name = "account_id", nullable = false)
    Set<UUID> accounts = new HashSet<>();
    @Column(name = "decision_role", length = 20)
    String decisionRole;
    @Column(name = "owner_id", nullable = false)
    UUID owner;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Override
    public UUID key() {
        return id;
    }

    @Override
    public long version() {
        return version;
    }

    @Override
    public void version(long value) {
        version = value;
    }
}
