package se.kvalitet.applications.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One indicator in the answer to a results criterion: what is measured and in which unit, the unit's target,
 * the values per year, and a comparison value (other units, the national figure) with what it is. Validated
 * by {@code applications.control.IndicatorRules} before {@link Application#replaceIndicators} keeps it; it
 * changes only through the application (whose version every save raises).
 */
@Entity
@Table(name = "application_indicator")
public class Indicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    private Application application;

    @Column(name = "criterion_code")
    private String criterionCode;

    private int position;

    private String measure;

    @Column(name = "unit_of_measure")
    private String unitOfMeasure;

    private BigDecimal target;

    @Column(name = "comparison_label")
    private String comparisonLabel;

    private BigDecimal comparison;

    @ElementCollection
    @CollectionTable(name = "application_indicator_value", joinColumns = @JoinColumn(name = "indicator_id"))
    @MapKeyColumn(name = "value_year")
    @Column(name = "amount")
    private Map<Integer, BigDecimal> values = new TreeMap<>();

    protected Indicator() {
    }

    Indicator(Application application, String criterionCode, int position, String measure, String unitOfMeasure,
              BigDecimal target, String comparisonLabel, BigDecimal comparison, Map<Integer, BigDecimal> values) {
        this.application = application;
        this.criterionCode = criterionCode;
        this.position = position;
        this.measure = measure;
        this.unitOfMeasure = unitOfMeasure;
        this.target = target;
        this.comparisonLabel = comparisonLabel;
        this.comparison = comparison;
        this.values.putAll(values);
    }

    public Long getId() { return id; }
    public String getCriterionCode() { return criterionCode; }
    public int getPosition() { return position; }
    public String getMeasure() { return measure; }
    public String getUnitOfMeasure() { return unitOfMeasure; }
    public BigDecimal getTarget() { return target; }
    public String getComparisonLabel() { return comparisonLabel; }
    public BigDecimal getComparison() { return comparison; }
    /** The values by year, earliest first. */
    public SortedMap<Integer, BigDecimal> getValues() { return Collections.unmodifiableSortedMap(new TreeMap<>(values)); }
}
