package se.kvalitet.demo.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.logging.Logger;
import se.kvalitet.applications.boundary.Applications;
import se.kvalitet.examples.boundary.GoodExamples;
import se.kvalitet.examples.entity.ConsentRecord;
import se.kvalitet.examples.entity.GoodExample;
import se.kvalitet.examples.entity.Publication;
import se.kvalitet.jury.boundary.AnnouncedDecision;
import se.kvalitet.jury.boundary.JuryDecisions;

/**
 * Last year's good examples, from the jury's announced decisions (read through {@link JuryDecisions}; nothing
 * happens while none are announced): Björkhagens skola's winning application published for everyone (the unit
 * consented to both), Stadsbiblioteket's renewal prize published internally (the library refused public
 * publication), and Förskolan Solrosen's honourable mention prepared but waiting for the unit's consent, which
 * sokande@ gives under "Samtycke goda exempel" in the tour.
 *
 * <p>Consent is the unit's own act, which the boundary rightly admits only from the unit's applicant accounts;
 * the demo loader is nobody, so the consents given on paper are written through the entity's own rules.
 */
@Dependent
public class DemoExamples {

    private static final Logger LOG = Logger.getLogger(DemoExamples.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    JuryDecisions decisions;

    @Inject
    Applications applications;

    @Inject
    GoodExamples examples;

    public void publishLastYear(Long cycleId) {
        var announced = decisions.announcedIn(cycleId);
        if (announced.isEmpty()) {
            LOG.info("Demo good examples: no announced jury decisions for the cycle, nothing to publish");
            return;
        }
        for (AnnouncedDecision decision : announced) {
            String unit = applications.view(decision.applicationId()).unitName();
            switch (unit) {
                case "Björkhagens skola" -> {
                    if ("WINNER".equals(decision.outcome())) {
                        Long id = prepare(decision, SCHOOL);
                        consent(id, Publication.INTERNAL, true, "rektor Björkhagens skola (skriftligt samtycke)");
                        consent(id, Publication.PUBLIC, true, "rektor Björkhagens skola (skriftligt samtycke)");
                        examples.publish(id, "PUBLIC", true, version(id));
                    }
                }
                case "Stadsbiblioteket" -> {
                    Long id = prepare(decision, LIBRARY);
                    consent(id, Publication.INTERNAL, true, "bibliotekschefen (skriftligt samtycke)");
                    consent(id, Publication.PUBLIC, false, "bibliotekschefen (skriftligt besked)");
                    examples.publish(id, "INTERNAL", true, version(id));
                }
                case "Förskolan Solrosen" -> prepare(decision, PRESCHOOL);
                default -> {
                    // other decisions are not published in the demo
                }
            }
        }
    }

    private Long prepare(AnnouncedDecision decision, String[] texts) {
        Long id = examples.prepare(decision.applicationId(), false);
        var current = examples.view(id);
        examples.edit(id, new GoodExample.Texts(texts[0], texts[1], texts[2], current.motivation(), texts[3], texts[4],
                texts[5], current.contactName(), current.contactEmail(), null, false, texts[6]), current.version());
        em.flush();
        return id;
    }

    private void consent(Long id, Publication audience, boolean given, String by) {
        var example = em.find(GoodExample.class, id);
        ConsentRecord.Decision decision = example.consent(audience, given);
        em.persist(new ConsentRecord(id, audience, decision, null, by, Instant.now()));
        em.flush();
    }

    private long version(Long id) {
        return examples.view(id).version();
    }

    // title, summary, tags, what was done, results, lessons, film link (null: none)
    private static final String[] SCHOOL = {
            "Elevernas egna mål i varje ämne",
            "Björkhagens skola har gjort eleverna delaktiga i sitt eget lärande: varje elev sätter mål i varje ämne "
                    + "tillsammans med läraren och följer upp dem varannan vecka. Andelen elever med godkänt i alla "
                    + "ämnen har ökat tre år i rad.",
            "skola, elevinflytande, uppföljning, lärande",
            "Skolan började med en kvalitetsdeklaration som eleverna och vårdnadshavarna var med och skrev. Lärarna "
                    + "tog fram ett gemensamt sätt att formulera mål i varje ämne, och eleverna följer upp sina mål "
                    + "varannan vecka i korta samtal. Arbetslagen jämförde sina resultat med två andra skolor i staden "
                    + "och lånade deras sätt att arbeta med läsförståelse.",
            "Andelen elever med godkänt i alla ämnen steg från 78 till 89 procent på tre år. I elevenkäten svarar nu "
                    + "nio av tio att de vet vad de ska lära sig och hur de ligger till. Synpunkterna från "
                    + "vårdnadshavare har halverats.",
            "Börja litet: ett ämne och en årskurs först. Uppföljningssamtalen måste få tid i schemat. Arbetssättet "
                    + "har redan spridits till tre andra skolor i förvaltningen, som använder samma mallar.",
            null};
    private static final String[] LIBRARY = {
            "Digitala vägar in i biblioteket",
            "Stadsbiblioteket erbjuder bokning, vägledning och uppföljning digitalt, med personligt stöd för den som "
                    + "vill. Väntetiderna har halverats och fler invånare i ytterområdena använder bibliotekets tjänster.",
            "bibliotek, digitalisering, tillgänglighet, förnyelse",
            "Många invånare hittade inte till biblioteket och väntetiderna var långa. Biblioteket byggde om sina "
                    + "tjänster tillsammans med invånarna: digital bokning av vägledning, uppföljning efter besöket "
                    + "och personligt stöd på plats för den som vill.",
            "Väntetiden har halverats, och utlåningen i ytterområdena har ökat med en fjärdedel.",
            "Arbetssättet har spridits till tre andra förvaltningar och ingår i ordinarie budget sedan två år.",
            "https://video.kvalitet.demo/digitala-vagar"};
    private static final String[] PRESCHOOL = {
            "Språkutveckling i förskolans vardag",
            "Förskolan Solrosen har gjort språket till en del av varje vardagssituation: i hallen, vid maten och "
                    + "på gården. Barnens ordförråd och lust att berätta har ökat, och vårdnadshavarna är delaktiga.",
            "förskola, språkutveckling, läsning, delaktighet",
            "Pedagogerna kartlade var under dagen barnen pratar mest och minst, och planerade samtal och högläsning "
                    + "just där. Förskolornas utvecklingsarbete i stadsdelen gav idéer om bildstöd och lånekassar "
                    + "med böcker hem.",
            "Barnen lånar fler böcker hem och berättar mer i samlingarna. Vårdnadshavarna säger i enkäten att de "
                    + "vet mer om hur förskolan arbetar med språket.",
            "Börja med en kartläggning av dagen. Bildstöd och lånekassar kostar lite och går att sprida till alla "
                    + "förskolor.",
            null};
}
