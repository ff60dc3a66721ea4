/**
 * The year's winners in public: per announced year the quality award's and the renewal prize's winners with the
 * jury's published motivation and the ceremony's day and place, and a diploma per winner (tagged PDF). Nothing
 * before the announcement. A unit is named (on the page, on the public diploma) only with its consent to public
 * publication (the good-example record's PUBLIC consent, owned by examples); the unit's own people and
 * administrators always get their diploma. Reads only other components' narrow boundary methods: the jury's
 * announced decisions, the announced cycles, the winners' facts of applications, the consent; owns no table.
 */
package se.kvalitet.winners;
