package se.kvalitet.examples.boundary;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import se.kvalitet.examples.control.PublicationPdf;
import se.kvalitet.examples.entity.ExampleFile;
import se.kvalitet.examples.entity.GoodExample;

/**
 * Keeps a record's publication PDF in step with its texts: made when the record is prepared and made again,
 * in the same transaction, whenever its texts change, so the file readers get, the file the unit sees before it
 * consents and the file the personal-data check reads are always the texts as they stand.
 */
final class PublicationFiles {

    private PublicationFiles() {
    }

    /** Replaces the record's publication PDF with one made from its current texts. */
    static void renew(EntityManager em, GoodExample example, Instant now) {
        em.createQuery("select f from ExampleFile f where f.exampleId = :e and f.kind = :k", ExampleFile.class)
                .setParameter("e", example.getId()).setParameter("k", ExampleFile.Kind.PUBLICATION).getResultList()
                .forEach(em::remove);
        em.persist(ExampleFile.publication(example.getId(), PublicationPdf.fileName(example),
                PublicationPdf.render(example), now));
    }

    /** The records that have no publication PDF (prepared before there was one). */
    static List<GoodExample> missing(EntityManager em) {
        return em.createQuery("select e from GoodExample e where not exists (select f.id from ExampleFile f "
                + "where f.exampleId = e.id and f.kind = :k) order by e.id", GoodExample.class)
                .setParameter("k", ExampleFile.Kind.PUBLICATION).getResultList();
    }
}
