package io.crmkit.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/**
 * A pipeline as one JSON document in {@code crm_pipeline}: pipelines are configuration that is read and replaced
 * whole, never queried by stage, and their entry criteria are named functions that only the JSON reader resolves.
 */
@Entity(name = "CrmPipeline")
@Table(name = "crm_pipeline")
class PipelineRow {

    @Id
    @Column(name = "id")
    UUID id;
    @Column(name = "name", length = 100, nullable = false)
    String name;
    @Column(name = "document", length = 1_000_000, nullable = false)
    String document;
    /** A time-ordered id taken when the pipeline was first saved: {@code findAll} keeps that order. */
    @Column(name = "first_saved", nullable = false)
    UUID firstSaved;
}
