package se.kvalitet.cycles.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A competition class (tävlingsklass) such as Förskola or Äldreomsorg: applications compete within it. */
@Entity
@Table(name = "competition_class")
public class CompetitionClass {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id")
    private CycleCategory category;

    private int position;

    @NotBlank
    @Size(max = 120)
    private String name;

    @Version
    private long version;

    protected CompetitionClass() {
    }

    CompetitionClass(CycleCategory category, int position, String name) {
        this.category = category;
        this.position = position;
        this.name = name;
    }

    public Long getId() { return id; }
    public CycleCategory getCategory() { return category; }
    public int getPosition() { return position; }
    void setPosition(int position) { this.position = position; }
    public String getName() { return name; }
    void setName(String name) { this.name = name; }
    public long getVersion() { return version; }
}
