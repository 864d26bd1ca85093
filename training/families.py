"""Shared helpers for the template-family modules (``templates_*.py``).

A family is a dict made by :func:`F`: a name, the PLOVER event type ("NONE" for hard negatives),
the mode, the auxiliary mode, the kind of actor pair the templates expect and the templates
themselves (mini-language described in ``generate.py``).

Pair kinds (how side A and side B are drawn, see ``generate.choose_pair``):
    friendly   two different states on reasonable terms
    tense      a pair of rival states (China/Taiwan, U.S./Iran, Serbia/Kosovo, ...)
    hostile    two parties at war (state vs state or state vs armed group), either direction
    statewar   as hostile, but side A is always a state
    armedwar   as hostile, but side A is always an armed group (B the state it fights)
    conflict   hostile or tense
    domestic   one state on both sides (protests, arrests, courts, resignations)
    donor      A a donor state, B a state in crisis
    any        any of the above
"""
from __future__ import annotations

MACROS = {
    "{A:who}": "<{A:state}|{A:state}|{A:gov}|{A:official}|{A:leader}|{A:spokes}>",
    "{A:top}": "<{A:state}|{A:state}|{A:leader}|{A:official}>",
    "{A:gv}": "<{A:state}|{A:gov}>",
    "{R:who}": "<{R:state}|{R:state}|{R:gov}|{R:official}>",
    "{R:gv}": "<{R:state}|{R:gov}>",
    "{A:sec}": "<{A:mil}|{A:police}>",
}


def F(name: str, etype: str, mode: str | None, pairs: str, tpls: list[str], aux: str | None = None,
      w: float = 1.0, wrap: bool = True) -> dict:
    """Build one template family.  ``wrap`` allows attribution wrappers and leading adverbials."""
    return {"name": name, "type": etype, "mode": mode, "aux": aux, "pairs": pairs, "tpls": list(tpls),
            "w": w, "wrap": wrap}
