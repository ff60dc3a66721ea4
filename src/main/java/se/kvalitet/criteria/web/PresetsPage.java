package se.kvalitet.criteria.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.kvalitet.criteria.boundary.EvaluationModels;
import se.kvalitet.criteria.boundary.PresetDetails;

/** The presets side by side, read-only, so an administrator can compare them before adopting one. */
@Named
@RequestScoped
public class PresetsPage {

    @Inject
    EvaluationModels models;

    private List<PresetDetails> presets;

    @PostConstruct
    void load() {
        presets = models.presetDetails();
    }

    public List<PresetDetails> getPresets() { return presets; }
}
