package se.kvalitet.criteria.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.kvalitet.criteria.entity.CriterionType;
import se.kvalitet.criteria.entity.EvaluationModel;
import se.kvalitet.criteria.entity.RadarAttribute;
import se.kvalitet.criteria.entity.ScaleBand;
import se.kvalitet.criteria.entity.ScaleKind;

/**
 * The presets: evaluation models written from the quality strategies of Stockholm, Umeå, Solna and
 * Piteå, shipped as JSON in {@code presets/}. A preset is never used directly; it is copied into a
 * cycle category, where the copy can be adjusted.
 */
public class PresetCatalog {

    /** The presets in the order they are offered. */
    public static final List<String> KEYS = List.of(
            "stockholm-kvalitet", "umea-kvalitet", "solna-kvalitet", "stockholm-fornyelse", "pitea-innovation");

    /** A preset's summary for choosing one. */
    public record PresetSummary(String key, String name, String award, String description, String scaleKind,
                                int criteria, int totalPoints) {
    }

    public List<PresetSummary> all() {
        return KEYS.stream().map(this::read).map(PresetCatalog::summary).toList();
    }

    public Optional<PresetSummary> summary(String key) {
        return KEYS.contains(key) ? Optional.of(summary(read(key))) : Optional.empty();
    }

    /** A fresh, unsaved model with the preset's scale and criteria. */
    public EvaluationModel copy(String key) {
        if (!KEYS.contains(key)) {
            throw new IllegalArgumentException("Unknown preset " + key);
        }
        JsonObject preset = read(key);
        JsonObject scale = preset.getJsonObject("scale");
        ScaleKind kind = ScaleKind.valueOf(scale.getString("kind"));
        Integer step = scale.isNull("step") ? null : scale.getInt("step");
        List<ScaleBand> bands = new ArrayList<>();
        for (JsonValue value : scale.getJsonArray("bands")) {
            JsonObject band = value.asJsonObject();
            bands.add(new ScaleBand(band.getInt("min"), band.getInt("max"), band.getString("label"),
                    band.getString("descriptor", null)));
        }
        List<RadarAttribute> attributes = new ArrayList<>();
        for (JsonValue value : scale.getJsonArray("attributes")) {
            JsonObject attribute = value.asJsonObject();
            attributes.add(new RadarAttribute(attribute.getString("code"), attribute.getString("label"),
                    CriterionType.valueOf(attribute.getString("appliesTo"))));
        }
        var model = new EvaluationModel(key, preset.getString("name"), kind, step, bands, attributes,
                scale.getInt("spreadThreshold", 0));
        model.setDescription(preset.getString("description", null));
        model.setSource(preset.getString("source", null));
        for (JsonValue value : preset.getJsonArray("criteria")) {
            JsonObject c = value.asJsonObject();
            var criterion = model.addCriterion(c.getString("code"), c.getString("title"),
                    CriterionType.valueOf(c.getString("type")), c.getInt("maxPoints"), c.getInt("answerMaxLength"));
            criterion.setDescription(c.getString("description", null));
            criterion.setGuidingQuestions(String.join("\n",
                    c.getJsonArray("guidingQuestions").getValuesAs(jakarta.json.JsonString::getString)));
        }
        return model;
    }

    private static PresetSummary summary(JsonObject preset) {
        var criteria = preset.getJsonArray("criteria");
        int total = criteria.stream().mapToInt(c -> c.asJsonObject().getInt("maxPoints")).sum();
        return new PresetSummary(preset.getString("key"), preset.getString("name"), preset.getString("award"),
                preset.getString("description", ""), preset.getJsonObject("scale").getString("kind"),
                criteria.size(), total);
    }

    /** Presets ship with the build and never change while it runs: each file is parsed once (JSON objects are immutable). */
    private static final java.util.Map<String, JsonObject> PARSED = new java.util.concurrent.ConcurrentHashMap<>();

    private JsonObject read(String key) {
        return PARSED.computeIfAbsent(key, PresetCatalog::parse);
    }

    private static JsonObject parse(String key) {
        try (InputStream in = PresetCatalog.class.getResourceAsStream("/presets/" + key + ".json")) {
            if (in == null) {
                throw new IllegalStateException("Preset missing from the build: " + key);
            }
            try (var reader = Json.createReader(in)) {
                return reader.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
