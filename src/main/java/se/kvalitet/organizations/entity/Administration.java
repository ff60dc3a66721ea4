package se.kvalitet.organizations.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An administration (förvaltning) or city-owned company (bolag) under a board. Conflicts of interest
 * follow this level: nobody judges a unit of their own administration.
 */
@Entity
@Table(name = "administration")
public class Administration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "board_id")
    private Board board;

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    private AdministrationKind kind = AdministrationKind.ADMINISTRATION;

    @Version
    private long version;

    protected Administration() {
    }

    public Administration(Board board, String name, AdministrationKind kind) {
        this.board = board;
        this.name = name;
        this.kind = kind;
    }

    /** Moves the administration to a board, renames it and sets whether it is an administration or a company. */
    public void change(Board newBoard, String newName, AdministrationKind newKind) {
        this.board = newBoard;
        this.name = newName;
        this.kind = newKind;
    }

    public Long getId() { return id; }
    public Board getBoard() { return board; }
    public void setBoard(Board board) { this.board = board; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public AdministrationKind getKind() { return kind; }
    public void setKind(AdministrationKind kind) { this.kind = kind; }
    public long getVersion() { return version; }
}
