"""English places joined by a hyphen (briefing/thai/latin_pairs.py) and convention centres named in English
(latin_places.convention_centre) (issue 11, session 18).

Sentences quoted from thaigov-v2 English releases outside every bench set and dev (source ids in the comments).
What a reader expects: both ends of a rail section or a bilateral pair are places (Nong Khai-Vientiane,
Thailand-Cambodia); a pair inside a title is not listed (names inside titles are not); a convention
or conference centre an event is held at is a place, not a body.
"""

from __future__ import annotations

from entity_helpers import orgs, places


def test_both_ends_of_a_hyphenated_pair() -> None:
    # details/73981
    body = ("The Prime Minister urged to expedite negotiation on the construction detail of railway bridge across "
            "Mekong River (Nong Khai-Vientiane), for which Thailand would provide special interest rate loans.")
    found = places(body)
    assert "Nong Khai" in found and "Vientiane" in found
    # details/70903
    body = ("concerned public and private sectors from Thailand and Cambodia have recently attended the launching "
            "ceremony of the first Thailand-Cambodia cargo train at Khlong Leuk railway station in Aranya Prathet district.")
    assert places(body).count("Cambodia") == 2


def test_no_pair_inside_a_title() -> None:
    # details/80533 (the roadmap's title)
    body = ("The Foreign Ministers of the two countries will sign “Thailand-UK Strategic Partnership Roadmap”, to "
            "reaffirm their shared commitment to the relations.")
    assert "UK" not in places(body)


def test_convention_centre_is_the_venue() -> None:
    # details/96825
    body = ("Paetongtarn Shinawatra attended the signing ceremony of the “Kuala Lumpur Declaration on ASEAN 2045: Our "
            "Shared Future” at the Kuala Lumpur Convention Center (KLCC), Kuala Lumpur, Malaysia.")
    assert "Kuala Lumpur Convention Center" in places(body)
    assert "Kuala Lumpur Convention Center" not in orgs(body)
    # details/82019
    body = ("April 22, 2024, at 0900hrs, at the United Nations Conference Center, Bangkok, Prime Minister and "
            "Minister of Finance Srettha Thavisin")
    assert "United Nations Conference Center" in places(body)
