package se.kvalitet.applications.web;

/** Ids from request parameters: anything that is not a positive whole number is no id at all. */
final class Ids {

    private Ids() {
    }

    static Long parse(String parameter) {
        if (parameter == null || !parameter.matches("[0-9]{1,18}")) {
            return null;
        }
        long id = Long.parseLong(parameter);
        return id > 0 ? id : null;
    }
}
