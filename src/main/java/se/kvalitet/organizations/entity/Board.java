package se.kvalitet.organizations.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A board (nämnd or styrelse): the top of the organisation tree, owner of goals that units commit to. */
@Entity
@Table(name = "board")
public class Board {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = 200)
    private String name;

    @Version
    private long version;

    protected Board() {
    }

    public Board(String name) {
        this.name = name;
    }

    /** Gives the board a new name (already checked to be free by the boundary). */
    public void rename(String newName) {
        this.name = newName;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public long getVersion() { return version; }
}
