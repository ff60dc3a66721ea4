/**
 * Award cycles: one per year (2000–2100), with its categories (the quality award and the renewal
 * prize), their competition classes and prize money, the planned dates and the phase.
 * <p>
 * Key rules: the phase moves only along {@link se.kvalitet.cycles.entity.Phase#next()}; opening the
 * application period needs a category, an evaluation model in every category and both application
 * dates; planned dates never go backwards; categories, classes and models change only while planning,
 * and opening applications freezes the models. The application deadline is entered in Europe/Stockholm
 * time and stored as an instant. A category and its classes are locked optimistically as one.
 */
package se.kvalitet.cycles;
