// The directory's map: tiles only after consent (remembered in this browser if the visitor asks),
// a marker at the business, and in the back office a pin that fills the latitude/longitude fields.
// Texts that people wrote (the business name, the operator's attribution) reach the page as text only: Leaflet
// would take a string as HTML.
(function () {
    "use strict";
    var CONSENT_KEY = "impuls.mapConsent";
    var KAISERSLAUTERN = [49.4447, 7.7690];

    function number(text) {
        var value = parseFloat(String(text || "").replace(",", "."));
        return isNaN(value) ? null : value;
    }

    function escaped(text) { // for Leaflet's attribution, which it always reads as HTML
        var holder = document.createElement("span");
        holder.textContent = text || "";
        return holder.innerHTML;
    }

    function label(text) {
        var element = document.createElement("strong");
        element.className = "map-label";
        element.textContent = text;
        return element;
    }

    function showMap(box) {
        var canvas = box.querySelector("#map-canvas");
        var note = box.querySelector("#map-note");
        box.querySelector("#map-consent").hidden = true;
        canvas.hidden = false;
        var lat = number(box.dataset.latitude), lon = number(box.dataset.longitude);
        var here = lat !== null && lon !== null ? [lat, lon] : KAISERSLAUTERN;
        var map = L.map(canvas).setView(here, lat !== null ? 16 : 12);
        var tiles = L.tileLayer(box.dataset.tileUrl, {maxZoom: 19, attribution: escaped(box.dataset.attribution)});
        tiles.on("tileerror", function () {
            note.textContent = box.dataset.tilesFailed;
            note.hidden = false;
        });
        tiles.addTo(map);
        var marker = lat !== null ? L.marker(here, {draggable: box.dataset.pickable === "true"}).addTo(map) : null;
        if (marker && box.dataset.label) {
            marker.bindPopup(label(box.dataset.label));
        }
        if (box.dataset.pickable === "true") {
            var place = function (latlng) {
                if (!marker) {
                    marker = L.marker(latlng, {draggable: true}).addTo(map);
                    marker.on("dragend", function () { place(marker.getLatLng()); });
                }
                marker.setLatLng(latlng);
                document.querySelector(".pin-latitude").value = latlng.lat.toFixed(6);
                document.querySelector(".pin-longitude").value = latlng.lng.toFixed(6);
            };
            map.on("click", function (event) { place(event.latlng); });
            if (marker) {
                marker.on("dragend", function () { place(marker.getLatLng()); });
            }
        }
    }

    function init() {
        var box = document.getElementById("map-box");
        if (!box || typeof L === "undefined") {
            return;
        }
        L.Icon.Default.imagePath = box.dataset.images;
        if (window.localStorage && localStorage.getItem(CONSENT_KEY) === "yes") {
            showMap(box);
            return;
        }
        box.querySelector("#map-load").addEventListener("click", function () {
            if (box.querySelector("#map-remember").checked && window.localStorage) {
                localStorage.setItem(CONSENT_KEY, "yes");
            }
            showMap(box);
        });
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", init);
    } else {
        init();
    }
})();
