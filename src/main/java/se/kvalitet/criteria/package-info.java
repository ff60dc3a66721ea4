/**
 * Evaluation models: criteria with weights (maximum points) and answer-length limits, and the scoring
 * scale (percent bands, RADAR or ordinal levels) with its spread threshold. Five presets ship as JSON;
 * a cycle category adopts a copy, which may be adjusted until applications open and is then frozen.
 * <p>
 * Key rules: a frozen model refuses every change whatever the route; criterion codes are unique in a
 * model; percent bands cover 0–100 without gaps on a step of 5 or 10; ordinal levels ascend. A model
 * and its criteria are locked optimistically as one (every change raises the model's version).
 * This component knows nothing of cycles; the cycles component refers to models by id.
 */
package se.kvalitet.criteria;
