/*
 * Nothing typed is lost: the one autosave every long-text form uses (application, assessment, consensus sheet,
 * site visit, feedback report, renewal score, good example).
 *
 * A form opts in with data-autosave="<name of its p:remoteCommand>"; the command saves the whole form on the
 * server (with the version the page holds, so a stale save is refused as a conflict and never overwrites) and
 * its oncomplete calls KvalitetAutosave.saved(args, formId) with args.saved false when the save was refused.
 *
 * When it saves: shortly after typing stops (input, a mouse paste, a change: a paste fires no key event, which
 * is why key presses alone were not enough), every 20 seconds while something keeps changing, on leaving a
 * field, when the tab is hidden, and before a link leaves the page (it waits for the save, then goes on; a
 * refused save stays on the page with its reason). Leaving any other way while something is unsaved asks
 * first (beforeunload).
 *
 * Length limits: a field with data-max-length shows "n av max tecken" in the .counter beside it and,
 * once over the limit, the text of data-limit-message ({0} the length, {1} the limit) beside it as an alert.
 * The text is never cut: it stays in the field, and the server refuses to save it until it fits.
 *
 * Loaded once per page: the script sits inside the form, so an ajax update of the whole form (adding an indicator
 * row, "Spara utkast") delivers it again. Run a second time it must not build a second autosave: the document's
 * listeners would keep the first one's state while the remote command's oncomplete reported to the second, so the
 * first save after the update never counted as done and nothing typed afterwards was ever saved. A second run
 * only starts the existing autosave on the new form.
 */
if (window.KvalitetAutosave) {
    window.KvalitetAutosave.start();
}
var KvalitetAutosave = window.KvalitetAutosave || (function () {
    var DEBOUNCE_MS = 1500;
    var INTERVAL_MS = 20000;
    var states = {};
    var pending = null;   // what to do once the saves under way are done: {go: function}
    var leaving = false;  // the page is leaving on purpose, after saving (no warning)

    function each(action) {
        Object.keys(states).forEach(function (id) { action(states[id]); });
    }

    /**
     * Text typed since the last save, or refused by it. A save still under way is not counted: its request has
     * reached the server, and asking would only hold the writer up.
     */
    function anyUnsaved() {
        return Object.keys(states).some(function (id) {
            var s = states[id];
            return s.dirty || s.refused;
        });
    }

    function anySaving() {
        return Object.keys(states).some(function (id) { return states[id].saving; });
    }

    function save(state) {
        window.clearTimeout(state.debounce);
        state.debounce = null;
        var command = window[state.command];
        if (!state.dirty || state.saving || typeof command !== 'function') {
            return false;
        }
        state.dirty = false;
        state.saving = true;
        command();
        return true;
    }

    function saveAll() {
        each(save);
    }

    function changed(state) {
        state.dirty = true;
        window.clearTimeout(state.debounce);
        state.debounce = window.setTimeout(function () { save(state); }, DEBOUNCE_MS);
    }

    /** After a save (from the remote command's oncomplete). */
    function saved(args, formId) {
        var state = states[formId];
        if (!state) {
            return;
        }
        state.saving = false;
        state.refused = !!(args && (args.saved === false || args.validationFailed));
        if (pending) {
            // refused, and nothing typed since that save began: the reason is on the page; stay. Typed since
            // (a half-written entry completed while its save was refused), the next save decides
            if (state.refused && state !== pending.own && !state.dirty) {
                pending = null;
                return;
            }
            each(save);
            if (!anySaving()) {
                var next = pending;
                pending = null;
                leaving = true;
                next.go();
            }
        } else if (state.dirty && !state.debounce) {
            changed(state);
        }
    }

    /** Saves what is unsaved, then does {@code go}; returns false when nothing needed saving. */
    function saveThen(go) {
        saveAll();
        if (!anySaving()) {
            return false;
        }
        pending = {go: go};
        return true;
    }

    function format(template, values) {
        return template.replace(/\{(\d)\}/g, function (all, i) { return values[i]; });
    }

    /** The counter and the over-limit message of a field with data-max-length (never cuts the text). */
    function count(field) {
        var max = parseInt(field.dataset.maxLength, 10);
        if (!max) {
            return;
        }
        var length = field.value.replace(/\r\n?/g, '\n').length;
        // the counter beside the field (its span.counter, or the element rendered inside it)
        var holder = field.parentNode.querySelector('.counter');
        var counter = holder && holder.firstElementChild ? holder.firstElementChild : holder;
        if (counter && field.dataset.counterTemplate) {
            counter.textContent = format(field.dataset.counterTemplate, [length, max]);
        }
        var messageId = field.id + '-limit';
        var message = document.getElementById(messageId);
        if (length > max) {
            if (!message) {
                message = document.createElement('p');
                message.id = messageId;
                message.className = 'limit-message';
                message.setAttribute('role', 'alert');
                field.parentNode.insertBefore(message, field.nextSibling);
            }
            message.textContent = format(field.dataset.limitMessage || '{0} / {1}', [length, max]);
            field.setAttribute('aria-invalid', 'true');
            addDescribedBy(field, messageId);
        } else if (message) {
            message.parentNode.removeChild(message);
            field.removeAttribute('aria-invalid');
        }
    }

    function addDescribedBy(field, id) {
        var ids = (field.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
        if (ids.indexOf(id) < 0) {
            ids.push(id);
            field.setAttribute('aria-describedby', ids.join(' '));
        }
    }

    /** The state of an autosave form, by id: listeners sit on the document, so an ajax update of the form keeps them. */
    function stateOf(element) {
        var form = element && element.closest ? element.closest('form[data-autosave]') : null;
        if (!form) {
            return null;
        }
        if (!states[form.id]) {
            states[form.id] = {command: form.dataset.autosave, dirty: false, saving: false, refused: false, debounce: null};
        }
        return states[form.id];
    }

    function edit(event) {
        var state = stateOf(event.target);
        if (!state || event.target.readOnly || event.target.disabled) {
            return;
        }
        changed(state);
        if (event.target.dataset && event.target.dataset.maxLength) {
            // a paste fires before the text is in the field
            window.setTimeout(function () { count(event.target); }, 0);
        }
    }

    function start() {
        document.querySelectorAll('form[data-autosave]').forEach(stateOf.bind(null));
        document.querySelectorAll('form[data-autosave] [data-max-length]').forEach(count);
        if (document.body.dataset.autosave === 'on') {
            return;
        }
        document.body.dataset.autosave = 'on';
        document.addEventListener('input', edit, true);
        document.addEventListener('paste', edit, true);
        document.addEventListener('change', edit, true);
        document.addEventListener('focusout', function (event) {
            var state = stateOf(event.target);
            var next = event.relatedTarget;
            if (!state || (next && next.form === event.target.form && (next.type === 'submit' || next.type === 'image'))) {
                return; // no save when focus moves to the form's own submit button: the submit carries the text
            }
            save(state);
        }, true);
        window.setInterval(saveAll, INTERVAL_MS);
        document.addEventListener('visibilitychange', function () {
            if (document.visibilityState === 'hidden') {
                saveAll();
            }
        });
        document.addEventListener('click', function (event) {
            var link = event.target.closest ? event.target.closest('a[href]') : null;
            if (!link || link.target === '_blank' || link.getAttribute('href').charAt(0) === '#'
                    || link.getAttribute('href').indexOf('javascript:') === 0 || link.hasAttribute('download')) {
                return;
            }
            var href = link.href;
            if (saveThen(function () { window.location.href = href; })) {
                event.preventDefault();
            } else if (anySaving()) {
                event.preventDefault();
                pending = {go: function () { window.location.href = href; }};
            }
        }, true);
        document.addEventListener('submit', function (event) {
            var form = event.target;
            if (leaving || !form.matches('form[data-autosave]')) {
                // another form's button (sign off, upload, language): not held up; beforeunload still asks
                // when typed text is unsaved (holding a submit back loses Faces' one-off request parameters)
                return;
            }
            // the form's own full-page submit carries its fields; a save of it still under way finishes first,
            // so the two never race on one version
            var own = stateOf(form);
            own.dirty = false;
            own.refused = false;
            window.clearTimeout(own.debounce);
            own.debounce = null;
            var submitter = event.submitter;
            if (own.saving) {
                event.preventDefault();
                pending = {own: own, go: function () {
                    form.requestSubmit ? form.requestSubmit(submitter || undefined) : form.submit();
                }};
            } else {
                leaving = !anyUnsaved();
            }
        }, true);
        // an explicit save of the form by an ajax button (not the remote command) clears an earlier refusal
        if (window.jQuery) {
            window.jQuery(document).on('pfAjaxComplete', function (event, xhr, settings, args) {
                var source = settings && settings.source ? document.getElementById(
                        typeof settings.source === 'string' ? settings.source : settings.source.id) : null;
                var state = source ? stateOf(source) : null;
                if (state && !state.saving && !(args && (args.saved === false || args.validationFailed))) {
                    state.refused = false;
                }
            });
        }
        window.addEventListener('beforeunload', function (event) {
            if (leaving || !anyUnsaved()) {
                return undefined;
            }
            saveAll();
            event.preventDefault();
            event.returnValue = '';
            return '';
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
    return {saved: saved, save: saveAll, start: start, unsaved: anyUnsaved};
})();
