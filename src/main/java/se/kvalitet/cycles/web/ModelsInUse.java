package se.kvalitet.cycles.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.cycles.boundary.ModelUsage;

/**
 * Which cycle category uses which evaluation model. Lives in the cycles component because only cycles
 * know their categories; the criteria pages show it (criteria never depends on cycles).
 */
@Named
@RequestScoped
public class ModelsInUse {

    @Inject
    Cycles cycles;

    private List<ModelUsage> usages;

    @PostConstruct
    void load() {
        usages = cycles.modelUsages();
    }

    public List<ModelUsage> getUsages() { return usages; }

    /** The categories that use the given model (normally one). */
    public List<ModelUsage> of(Long modelId) {
        return usages.stream().filter(u -> u.model() != null && u.model().id().equals(modelId)).toList();
    }
}
