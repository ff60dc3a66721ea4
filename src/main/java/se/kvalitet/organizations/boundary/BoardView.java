package se.kvalitet.organizations.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.kvalitet.organizations.entity.Administration;
import se.kvalitet.organizations.entity.Board;

/** A board (nämnd or styrelse) with the administrations under it: the top two levels of the organisation tree. */
@JsonbPropertyOrder({"id", "name", "administrations"})
@Schema(name = "Board", description = "A board with the administrations under it")
public record BoardView(Long id, String name, List<AdministrationView> administrations) {

    /**
     * The tree of {@code boards} (in their order) with their {@code administrations} (in theirs) under them. A
     * board without administrations is kept with an empty list; administrations are matched to boards by id.
     */
    public static List<BoardView> tree(List<Board> boards, List<Administration> administrations) {
        Map<Long, List<AdministrationView>> byBoard = new LinkedHashMap<>();
        for (var administration : administrations) {
            byBoard.computeIfAbsent(administration.getBoard().getId(), id -> new ArrayList<>())
                    .add(AdministrationView.from(administration));
        }
        return boards.stream()
                .map(board -> new BoardView(board.getId(), board.getName(),
                        List.copyOf(byBoard.getOrDefault(board.getId(), List.of()))))
                .toList();
    }
}
