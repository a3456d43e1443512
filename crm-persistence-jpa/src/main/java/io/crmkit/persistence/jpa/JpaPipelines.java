package io.crmkit.persistence.jpa;

import io.crmkit.core.json.PipelineJson;
import io.crmkit.core.opportunity.Pipeline;
import io.crmkit.core.opportunity.PipelineId;
import io.crmkit.core.port.Pipelines;
import io.crmkit.core.shared.Ids;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@link Pipelines} as JSON documents ({@link PipelineJson}) in {@code crm_pipeline}. */
final class JpaPipelines implements Pipelines {

    private final Session session;
    private final PipelineJson json;

    JpaPipelines(Session session, PipelineJson json) {
        this.session = session;
        this.json = json;
    }

    @Override
    public Optional<Pipeline> find(PipelineId id) {
        Objects.requireNonNull(id, "id");
        return session.call(em -> Optional.ofNullable(em.find(PipelineRow.class, id.value())).map(r -> json.read(r.document)));
    }

    @Override
    public void save(Pipeline pipeline) {
        Objects.requireNonNull(pipeline, "pipeline");
        String document = json.write(pipeline);
        session.call(em -> {
            PipelineRow row = em.find(PipelineRow.class, pipeline.id().value());
            if (row == null) {
                row = new PipelineRow();
                row.id = pipeline.id().value();
                row.firstSaved = Ids.next();
                row.name = pipeline.name();
                row.document = document;
                em.persist(row);
            } else {
                row.name = pipeline.name();
                row.document = document;
            }
            return null;
        });
    }

    @Override
    public List<Pipeline> findAll() {
        return session.call(em -> em.createQuery("select p from CrmPipeline p order by p.firstSaved", PipelineRow.class)
                .getResultList().stream().map(r -> json.read(r.document)).toList());
    }
}
