/*
 * The cycle choice on pages that belong to a cycle: choosing one loads the page for it with ?cycle= in the
 * address (other parameters kept), and a page opened without ?cycle= gets the cycle it shows written into the
 * address, so that it can be bookmarked, shared and reloaded as it is.
 */
var KvalitetCycleChoice = {
    go: function (cycleId) {
        var url = new URL(window.location.href);
        url.searchParams.set('cycle', cycleId);
        window.location.assign(url.toString());
    },
    keepInAddress: function (cycleId) {
        var url = new URL(window.location.href);
        if (cycleId && !url.searchParams.has('cycle')) {
            url.searchParams.set('cycle', cycleId);
            window.history.replaceState(window.history.state, '', url.toString());
        }
    }
};
