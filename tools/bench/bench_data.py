#!/usr/bin/env python3
"""Generates the web benchmark's families and offers as CSV files for Haven's import API.

Deterministic for a seed and a day: the same arguments on the same day write the same files
(dates are relative to today, because the import refuses dates in the past). The shapes follow
the solver benchmark's instances (docs/matching-benchmark.md): 40 % Afghan families (larger,
Dari/Pashto), 60 % Ukrainian (1-5 people); rooms in homes and self-contained homes across UK
cities weighted roughly by population, given as a place name or as a postcode the offline
gazetteer knows (backend/src/main/resources/geo). Files are split so that each stays well under
the import's limits (10,000 rows, 10 MB) and a family's rows are never split between files.

    python3 tools/bench/bench_data.py --families 10000 --offers 10000 --out DIR [--seed 1]

prints the files written, one a line (families-1.csv, ..., offers-1.csv, ...).
"""

import argparse
import csv
import datetime
import os
import random
import sys

FAMILY_COLUMNS = [
    "familyRef", "urgency", "firstName", "age", "sex", "relationship", "wheelchairUser", "languages",
    "needsStepFree", "needsGroundFloorBedroom", "hasPets", "petAllergy", "smoker", "needsLgbtqiAffirming",
    "preferredPostcode", "preferredPlace", "maxDistanceKm", "locationTies", "neededFrom", "expectedStayMonths",
    "nationality", "religion", "contactPhone", "contactEmail", "notes", "status",
]

OFFER_COLUMNS = [
    "hostEmail", "hostName", "adults", "children", "languages", "hasPets", "petKinds", "smokers", "title", "type",
    "address", "postcode", "place", "bedrooms", "maxGuests", "stepFree", "wheelchairBathroom", "groundFloorBedroom",
    "petsAllowed", "childrenWelcome", "womenOnly", "lgbtqiAffirming", "smokingAllowed", "availableFrom",
    "availableUntil", "minimumStayMonths",
]

# City, postcode area (None: London, whose districts the gazetteer knows), weight (about population).
CITIES = [
    ("London", None, 30), ("Birmingham", "B", 8), ("Manchester", "M", 7), ("Leeds", "LS", 6),
    ("Glasgow", "G", 5), ("Liverpool", "L", 4), ("Bristol", "BS", 4), ("Sheffield", "S", 4),
    ("Edinburgh", "EH", 4), ("Cardiff", "CF", 3), ("Leicester", "LE", 3), ("Coventry", "CV", 3),
    ("Bradford", "BD", 3), ("Nottingham", "NG", 3), ("Newcastle upon Tyne", "NE", 3), ("Belfast", "BT", 2),
    ("Southampton", "SO", 2), ("Portsmouth", "PO", 2), ("Brighton", "BN", 2), ("Plymouth", "PL", 2),
    ("Hull", "HU", 2), ("Stoke-on-Trent", "ST", 2), ("Derby", "DE", 2), ("Swansea", "SA", 1),
    ("Aberdeen", "AB", 1), ("Dundee", "DD", 1), ("Reading", "RG", 1), ("Oxford", "OX", 1),
    ("Cambridge", "CB", 1), ("Norwich", "NR", 1), ("York", "YO", 1), ("Exeter", "EX", 1),
    ("Peterborough", "PE", 1), ("Milton Keynes", "MK", 1), ("Preston", "PR", 1), ("Ipswich", "IP", 1),
]

INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
STREETS = ["Ash Road", "Oak Street", "Station Road", "Church Lane", "Victoria Street", "Park Avenue", "Mill Lane",
           "High Street", "Queens Road", "Elm Grove", "Kings Road", "Manor Way", "Chapel Street", "Green Lane"]

AFGHAN_NAMES = {"F": ["Nadia", "Sara", "Mariam", "Zahra", "Fatima", "Parwana", "Shabnam", "Laila", "Mina", "Roya"],
                "M": ["Ahmad", "Omid", "Farid", "Jawad", "Karim", "Hamid", "Sami", "Navid", "Rahim", "Yusuf"]}
UKRAINIAN_NAMES = {"F": ["Olena", "Iryna", "Natalia", "Oksana", "Yulia", "Tetiana", "Sofia", "Anna", "Maria", "Daryna"],
                   "M": ["Oleksandr", "Andrii", "Dmytro", "Serhii", "Mykola", "Ivan", "Maksym", "Taras", "Bohdan", "Yurii"]}
HOST_FIRST = ["Amira", "James", "Helen", "David", "Sarah", "Peter", "Ruth", "Tom", "Priya", "Imran", "Claire",
              "Gareth", "Fiona", "Owen", "Hannah", "Sanjay", "Lucy", "Mark", "Aisha", "Rhys"]
HOST_LAST = ["Khan", "Smith", "Jones", "Taylor", "Brown", "Williams", "Patel", "Evans", "Walker", "Wright",
             "Thompson", "Hughes", "Edwards", "Green", "Hall", "Wood", "Clarke", "Ahmed", "Murray", "Reid"]


def geo_dir():
    return os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "backend", "src", "main",
                        "resources", "geo")


def read_gazetteer():
    """London districts and a sample of small places, from the files the app's gazetteer reads."""
    with open(os.path.join(geo_dir(), "postcode-districts.csv"), encoding="utf-8", newline="") as f:
        districts = [row["district"] for row in csv.DictReader(f)]
    with open(os.path.join(geo_dir(), "places.csv"), encoding="utf-8", newline="") as f:
        places = [row["name"] for row in csv.DictReader(f)]
    with open(os.path.join(geo_dir(), "postcode-areas.csv"), encoding="utf-8", newline="") as f:
        areas = {row["area"] for row in csv.DictReader(f)}
    known = set(places)
    for city, area, _ in CITIES:
        if city not in known or (area is not None and area not in areas):
            sys.exit(f"bench_data.py: the gazetteer does not know {city} / {area}")
    # Small places with plain names (no commas or brackets) for the long tail of locations.
    towns = sorted(name for name in places if name.replace(" ", "").isalpha())
    return districts, towns


class Locations:
    """Where a family wants to live or an offer is: a city's postcode, a city's name, or a town."""

    def __init__(self, rng, districts, towns):
        self.rng = rng
        self.districts = districts
        self.towns = towns
        self.weights = [weight for _, _, weight in CITIES]

    def city(self):
        return self.rng.choices(CITIES, weights=self.weights)[0]

    def postcode(self, area):
        inward = f"{self.rng.randint(1, 9)}{self.rng.choice(INWARD_LETTERS)}{self.rng.choice(INWARD_LETTERS)}"
        outward = self.rng.choice(self.districts) if area is None else f"{area}{self.rng.randint(1, 20)}"
        return f"{outward} {inward}"

    def pick(self):
        """(postcode, place, label for an address): exactly one of postcode and place is set."""
        name, area, _ = self.city()
        roll = self.rng.random()
        if roll < 0.55:
            return self.postcode(area), "", name
        if roll < 0.9:
            return "", name, name
        town = self.rng.choice(self.towns)
        return "", town, town


def yes(rng, probability):
    return "yes" if rng.random() < probability else "no"


def day(today, days):
    return (today + datetime.timedelta(days=days)).isoformat()


def family_rows(rng, ref, today, locations):
    afghan = rng.random() < 0.4
    names = AFGHAN_NAMES if afghan else UKRAINIAN_NAMES
    size = rng.choice([3, 4, 5, 5, 6, 6, 7, 7, 8, 9, 10, 12]) if afghan else rng.choice([1, 1, 2, 2, 2, 3, 3, 3, 4, 5])
    lead_sex = rng.choice("FM") if afghan else rng.choice("FFFM")
    members = [(lead_sex, rng.randint(22, 58), "LEAD")]
    if size > 1 and (afghan or rng.random() < 0.35):
        members.append(("M" if lead_sex == "F" else "F", rng.randint(22, 60), "PARTNER"))
    while len(members) < size:
        roll = rng.random()
        if roll < 0.8:
            members.append((rng.choice("FM"), rng.randint(0, 17), "CHILD"))
        elif roll < 0.92:
            members.append((rng.choice("FM"), rng.randint(60, 85), "PARENT"))
        else:
            members.append((rng.choice("FM"), rng.randint(18, 40), "SIBLING"))
    postcode, place, _ = locations.pick()
    if rng.random() < 0.1:
        postcode, place = "", ""
    status = "READY" if rng.random() < 0.7 else "TRIAGE"
    family = {
        "urgency": rng.choices(["CRITICAL", "HIGH", "NORMAL"], weights=[1, 3, 6])[0],
        "languages": rng.choice(["fa;ps", "fa", "ps", "fa;en"]) if afghan else rng.choice(["uk;ru", "uk", "uk;en", "ru"]),
        "needsStepFree": yes(rng, 0.04), "needsGroundFloorBedroom": yes(rng, 0.03), "hasPets": yes(rng, 0.08),
        "petAllergy": yes(rng, 0.03), "smoker": yes(rng, 0.1), "needsLgbtqiAffirming": yes(rng, 0.02),
        "preferredPostcode": postcode, "preferredPlace": place,
        "maxDistanceKm": str(rng.choice([25, 30, 50, 75, 100, 150])) if postcode or place else "",
        "locationTies": "Cousin lives nearby" if rng.random() < 0.2 else "",
        "neededFrom": day(today, rng.randint(7, 60)),
        "expectedStayMonths": str(rng.choice([6, 6, 9, 12, 12, 18, 24])),
        "nationality": "Afghan" if afghan else "Ukrainian",
        "religion": "",
        "contactPhone": f"+44 7700 9{rng.randint(0, 99999):05d}" if rng.random() < 0.6 else "",
        "contactEmail": f"family{ref.lower()}@example.org" if rng.random() < 0.3 else "",
        "notes": "Referred by the council; needs a school place for the children." if rng.random() < 0.3 else "",
        "status": status,
    }
    rows = []
    for index, (sex, age, relationship) in enumerate(members):
        row = {"familyRef": ref, "firstName": rng.choice(names[sex]), "age": str(age), "sex": sex,
               "relationship": relationship, "wheelchairUser": yes(rng, 0.01)}
        if index == 0:
            row.update(family)  # the family's own values once, on the lead's row
        rows.append(row)
    return rows


def person(rng, adult):
    return f"{rng.choice('FM')}{rng.randint(25, 75) if adult else rng.randint(0, 17)}"


def offer_row(rng, host, first_of_host, today, locations):
    email, name = host
    row = {"hostEmail": email, "hostName": name}
    if first_of_host:
        row.update({
            "adults": ";".join(person(rng, True) for _ in range(rng.choice([1, 2, 2, 2]))),
            "children": ";".join(person(rng, False) for _ in range(rng.choice([0, 0, 0, 1, 2]))),
            "languages": rng.choice(["en", "en", "en;fr", "en;uk", "en;fa", "en;ru", "en;ur"]),
            "hasPets": "no", "smokers": yes(rng, 0.1),
        })
        if rng.random() < 0.2:
            row.update({"hasPets": "yes", "petKinds": rng.choice(["cat", "dog", "cat;dog"])})
    postcode, place, label = locations.pick()
    self_contained = rng.random() < 0.25
    bedrooms = rng.randint(1, 5) if self_contained else rng.choice([1, 1, 1, 2])
    starts = rng.randint(1, 45)
    title = f"{bedrooms}-bedroom home in {label}" if self_contained else f"Room in a family home in {label}"
    if len(title) > 40:
        # Haven allows 100 characters, but approving a match for an offer whose title is longer than
        # 40 fails (the host's notification keeps 40; see docs/web-benchmark.md).
        title = (f"{bedrooms}-bed home, {label}" if self_contained else f"Room in {label}")[:40].rstrip()
    row.update({
        "title": title,
        "type": "SELF_CONTAINED" if self_contained else "ROOM_IN_HOME",
        "address": f"{rng.randint(1, 220)} {rng.choice(STREETS)}, {label} {postcode}".strip(),
        "postcode": postcode, "place": place,
        "bedrooms": str(bedrooms), "maxGuests": str(min(30, bedrooms * 2 + rng.choice([0, 0, 1]))),
        "stepFree": rng.choice(["ALL", "SOME", "NONE", ""]),
        "wheelchairBathroom": yes(rng, 0.05), "groundFloorBedroom": yes(rng, 0.15), "petsAllowed": yes(rng, 0.3),
        "childrenWelcome": yes(rng, 0.8), "womenOnly": yes(rng, 0.05), "lgbtqiAffirming": yes(rng, 0.3),
        "smokingAllowed": yes(rng, 0.1),
        "availableFrom": day(today, starts),
        "availableUntil": day(today, starts + rng.randint(180, 720)) if rng.random() < 0.5 else "",
        "minimumStayMonths": str(rng.choice([0, 0, 3, 6])),
    })
    return row


def write_files(out, prefix, columns, groups, rows_per_file):
    """Writes groups of rows (a family's rows stay together) into files of at most rows_per_file rows."""
    paths, batch = [], []

    def flush():
        path = os.path.join(out, f"{prefix}-{len(paths) + 1}.csv")
        with open(path, "w", encoding="utf-8", newline="") as f:
            writer = csv.DictWriter(f, fieldnames=columns, restval="", lineterminator="\r\n")
            writer.writeheader()
            writer.writerows(batch)
        paths.append(path)

    for group in groups:
        if batch and len(batch) + len(group) > rows_per_file:
            flush()
            batch = []
        batch.extend(group)
    if batch:
        flush()
    return paths


def generate(families, offers, out, seed=1, rows_per_file=5000, today=None):
    """Writes the files and returns their paths, families' files first."""
    today = today or datetime.date.today()
    rng = random.Random(seed)
    districts, towns = read_gazetteer()
    locations = Locations(rng, districts, towns)
    os.makedirs(out, exist_ok=True)
    family_groups = [family_rows(rng, f"BF-{n:05d}", today, locations) for n in range(1, families + 1)]
    # Most hosts offer one place; some two or three (about 1.3 offers a host).
    offer_groups, written = [], 0
    while written < offers:
        host = (f"bench.host{len(offer_groups) + 1:05d}@example.org", f"{rng.choice(HOST_FIRST)} {rng.choice(HOST_LAST)}")
        count = min(rng.choices([1, 2, 3], weights=[78, 16, 6])[0], offers - written)
        offer_groups.append([offer_row(rng, host, index == 0, today, locations) for index in range(count)])
        written += count
    return (write_files(out, "families", FAMILY_COLUMNS, family_groups, rows_per_file)
            + write_files(out, "offers", OFFER_COLUMNS, offer_groups, rows_per_file))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--families", type=int, default=10000)
    parser.add_argument("--offers", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rows-per-file", type=int, default=5000)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    for path in generate(args.families, args.offers, args.out, args.seed, args.rows_per_file):
        print(path)


if __name__ == "__main__":
    main()
