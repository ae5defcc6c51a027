"""A business's own published contact is not personal data: "call our store on 020 7946 0958".

A phone number, e-mail or street address counts as published when:
- the e-mail goes to a role rather than a person (info@, support@, careers.mba@, ...) or to an
  institution's domain (.ac.uk, .nhs.uk, .gov, .org);
- the phone number is free to call (0800, 1-800, ...), which only organisations have;
- or the words around it speak for an organisation ("call us", "our shop", "the absence
  line", "open Mon–Fri", a role mailbox such as sales@ beside it) and not for the person
  posting ("my new number", "text me"). "Our new number" is a household's unless such words
  are there.
"""

from __future__ import annotations

import re

_ROLE_MAILBOXES = frozenset(
    "info hello hi support help helpdesk careers jobs hr hiring recruitment recruiting talent press media "
    "news sales contact enquiries inquiries bookings booking reservations office team admin orders "
    "service customerservice customercare care feedback marketing billing accounts events studio shop "
    "store reception wholesale partners partnerships privacy security noreply no-reply webmaster "
    "admissions learning lettings valuations appointments tables earlycareers recruit volunteer "
    "volunteers donations membership tickets secretary accessibility lostproperty education parish "
    "school clinic library references business fanmail collabs letters claims buying allergens "
    "societies consultation juniors classes choir newsroom tips editor editorial returns repairs "
    "hire groups weddings catering tours schools fundraising community finance complaints "
    "safeguarding members treasurer fixtures training youth surgery practice klantenservice "
    "kundenservice kontakt contacto contato servicio ventas reservas remittances remittance invoices "
    "payments payables receivables".split()
)
# Mail at a university's, a health service's, a government's or a charity's domain is the
# organisation's, whoever reads it.
_INSTITUTION_DOMAIN = re.compile(r"\.(?:ac|nhs|gov|sch|org)\.[a-z]{2}$|\.(?:edu|gov|org)$", re.IGNORECASE)
_WEBMAIL = re.compile(r"(?:gmail|googlemail|yahoo|hotmail|outlook|live|icloud|aol|proton|protonmail)\.")
_FREE_TO_CALL = re.compile(
    r"^\s*\(?(?:\+?1[ .-]?)?\(?8(?:00|33|44|55|66|77|88)\)?[ .-]|^\s*\(?(?:\+44 ?|0)80[08]"
)
# Institutions, whose number is theirs however it is given: "call the consulate on", "the
# hospital number is".
_INSTITUTIONS = r"university|college|hospital|consulate|embassy|council|museum|library|station|theatre|venue"
_ORGANISATION = re.compile(
    r"\b(?:call|ring|phone|contact|email|e-mail|message|visit|find|reach) us\b|\bcontact\b"
    r"|\bour (?:new )?(?:[a-z]+ )?(?:shop|store|office|offices|clinic|salon|restaurant|caf[eé]|"
    r"bakery|boutique|"
    r"pharmacy|studio|showroom|branch|warehouse|team|support|helpline|hotline|reception|school|"
    r"practice|surgery|business|company|agency|firm|hotel|gym|centre|center|venue|website|site|"
    r"customer|customers)\b"
    r"|\b(?:call|ring|phone|contact|email|visit) them\b|\b(?:centre|center|venue|fair|booths?|event)\b"
    r"|\b(?:customer|support|sales|service|care|help|bookings?|events|accounts|returns) team\b"
    r"|\bhelp cent(?:re|er)|\bon (?:the |their |our )?website|\bgoods[- ]in\b|\bdeliveries (?:to|come|go)\b"
    # Someone's new business: "my cousin opened a barber shop in Luton! 112 Dunstable Road".
    r"|\bopen(?:ed|s|ing)? (?:up )?(?:a |an |his |her |their |my |our )?(?:new )?(?:[a-z]+ )?"
    r"(?:shop|salon|caf[eé]|restaurant|bakery|takeaway|studio|gym|bar|pub|business)\b"
    r"|\b(?:customer (?:services?|support|care)|support line|trade counter|box office|toll-free|"
    r"give us a ring|sign up|new members|rsvp|helpline|hotline|help desk|helpdesk|toll free|"
    r"switchboard|reception|front desk|enquiries|inquiries|reservations|bookings?|to book|book a|"
    r"opening hours|office hours|24x7|"
    r"open (?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|daily|every|weekdays|weekends|till|until|from|"
    r"\d+(?:[:.]\d\d)? ?(?:am|pm)?)|"
    r"walk-ins|we'?re hiring|we are hiring|apply|cvs? to|press|wholesale|orders?|ext\.|"
    r"school office|the office|head office|clinic|pharmacy|embassy|council|museum|library|"
    r"we(?:'ve| have)? moved|now open|grand opening|visitors|open day|all welcome|everyone welcome|"
    r"free entry|emergency call-?outs?|duty (?:clerk|manager|officer)|valuations|registrations|"
    r"volunteers wanted|first (?:class|session|lesson) free|phone stays the same|moving offices|"
    r"doors (?:open|at|\d)|tickets|24/7|out[- ]of[- ]hours|non-emergency|lost property|drop[- ]in|"
    r"reservas|restaurante|crime reference|call 101\b|"
    r"same number|new address|(?:our|the) menu|your visit|trading estate|industrial estate|"
    r"business park|lines? open|days a week|seven days|free quotes?|fully insured|"
    r"restaurant|catering|new (?:clients|customers|patients)|"
    # A commercial property's particulars: "TO LET: 31 High Street ... 890 sq ft".
    # ("Viewings", a lease or a retail park are a household's too: "viewings at 18 Tanner Row".)
    r"sq\.? ?(?:ft|m)\b|square (?:feet|metres)|to let\b|under offer|brochure|(?:now|have|has been) let\b|"
    r"for (?:quotes?|details|takeaway|registration|appointments?|urgent repairs)|"
    r"\b(?:call|ring|phone|contact) the (?:shop|office|surgery|practice|clinic|store|depot|ward|school|"
    r"site office|estate office|team|desk|farm office|yard|branch|club|hall|hotel|salon|firm|bar|pub|"
    rf"{_INSTITUTIONS}|bank|"
    # (A restaurant, a library, a museum or a venue speaks for itself, in the words above and below.)
    r"charity(?: house)?|second line|gym|studio|caf[eé]|bakery|garage)\b|"
    r"drop us a|menus|international office|students'? union|student services|"
    r"ticket office|repeat prescriptions|citizens advice|staffed|24 ?hrs?\b|"
    r"published (?:number|line|address|email)|campus security|your provider|lost children|"
    # A post office that moved or has a line, not one as a landmark ("at 9 Mill Row by the post office").
    r"post office(?:'s)? (?:new )?(?:number|line)|post office [a-z ]{0,30}(?:has|have) moved|"
    r"number for [a-z]+ (?:problems|queries|enquiries|issues|complaints)|"
    r"(?:absence|claims?|sales|customer|booking|shop|careers|site|office|depot|hardship|recruitment|"
    r"appointments?|enquiry|advice|visits?|branch|reservations?|repairs|club|service|liaison|workshop|"
    r"reception|main|emergency|orders?|admissions|support|information|faults?)(?:'s)? (?:line|number)"
    r"|phone line)\b"
    # Opening days ("Mon–Fri", "Tues–Sat"); hours alone are no cue, as a shift's hours say
    # when someone's home is empty.
    r"|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.? ?(?:-|–|to|till) ?(?:mon|tue|wed|thu|fri|sat|sun)",
    # Searched in lower case (is_published_contact): four times faster than IGNORECASE here.
)
_CONTACT_NOUN = (r"(?:number|phone|mobile|cell|line|address|adres|adresse|email|e-mail|flat|house|home"
                 r"|place|apartment|apt)\b")
# (Each alternative holds "my ", " me", "personal", "her ", "his ", " him", " her", "moving ",
# "cards" or one of the phrases: see _sounds_personal.)
_PERSONAL = re.compile(
    # Not "not my mobile": "that's the shop's line, not my mobile".
    r"(?<!\bnot )(?<!\bnot on )\bmy (?:[a-z]+'s )?(?:own |new |personal |home |private |mobile |cell |old )*"
    + _CONTACT_NOUN +
    # ("Please don't DM me, our support team is on ..." turns the reader away from the writer.)
    r"|(?<!n't )(?<!not )\b(?:text|call|ring|whatsapp|dm|message|email|e-mail) me\b|\bat mine\b|\bmy place\b"
    # Someone else's own: "her mobile's", "his mum's number", "rsvp to her".
    r"|\b(?:her|his) (?:[a-z]+'s )?(?:own |new |personal |private |mobile |home )*"
    r"(?:mobile|cell|number|phone|address|house|home|flat)\b"
    r"|\b(?:rsvp|text|call|ring|whatsapp|message) (?:to )?(?:her|him)\b|\brsvp to me\b"
    r"|\bhousewarming\b|\bmoved into\b|\bparty at\b|\bnot my work\b"
    # A household's move: "moving flats, new address ...", "send me packages", "for Xmas cards".
    r"|\bmoving (?:flats?|house|to)\b|\bsend me\b|\b(?:xmas|christmas) cards\b|\bnew house\b"
    # "Personal", but not the staff's that a business asks you not to call ("no personal numbers").
    # ("Call the shop, not my personal WhatsApp" gives the shop's.)
    r"|(?<!\bno )(?<!\bstaff )(?<!\btheir )(?<!\bnot my )(?<!\bnot on my )\bpersonal\b",
)
# The label just before the number says whose it is, whatever else the post says ("Shop: 0113
# 496 0512. My number: none of your business"; "our school office number is ...").
_LABEL_BEFORE = re.compile(
    r"\b(?:shop|store|office|restaurant|business|salon|school|firm'?s?|switchboard|practice|clinic|"
    r"garage|hotel|church|studio|company|agency|branch|depot|academy|reception|hall|vicarage|"
    # Institutions: "the consulate number is", "the hospital number's", "their counter number".
    # (Not a bank, whose name before a number is an account to pay into: identifiers.py.)
    rf"{_INSTITUTIONS}|airport|cinema|nursery|vets?|dentist|pharmacy|counter|gallery|mosque|temple|"
    # (A business of one's own is still a business: "my café's landline", "the bakery's number".)
    r"complaints|caf[eé]|bakery|pub|bar|takeaway|barbers?|gym)(?:'s)?"
    r"(?: (?:phone|telephone|contact|main|office|landline|night desk|front desk|desk))?"
    r"(?: (?:number|line|no\.?|email|e-mail))?(?:'s| is)?(?: on)?\s*[:.,-]?\s*\(?$"
    # A firm's registration or VAT number is printed on its every invoice ("my registration
    # number" is a national one).
    r"|\b(?:companies house|company|charity|vat)(?: (?:reg(?:istration)?|registered))?"
    r" (?:number|no\.?)(?:'s| is)?\s*[:.,-]?\s*$"
    r"|\b(?:enquiry|enquiries|inquiry|support|sales|customer service|customer services|booking|bookings"
    r"|reservations?|ticket) (?:line|number)(?: is)?(?: on)?\s*[:.,-]?\s*\(?$"
    # Any named line or desk is an organisation's ("the swarm line", "our rehoming line on",
    # "the finance desk on"); a person's is "my line", "my work line", "drop me a line".
    r"|(?<!\bmy )(?<!\bhis )(?<!\bher )\b"
    r"(?!(?:my|his|her|your|a|new|work|personal|private|direct|own|home|mobile|land|phone)\b)[a-z]+ "
    r"(?:line|desk|hotline|helpline)(?: number)?(?: is| was)?(?: on)?\s*[:.,-]?\s*\(?$"
)
# "Our new number" is a household's, unless the words around it speak for an organisation.
_OURS = re.compile(r"\bour (?:own |new |home |mobile |old )*" + _CONTACT_NOUN)
EMAIL = re.compile(r"(?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_REACH = 160  # characters either side that speak for whoever the contact belongs to
_ME = re.compile(r" me\b").search  # "call me", "text me", but not "meeting"


def is_published_contact(text: str, start: int, end: int, value: str) -> bool:
    if "@" in value and _is_role_mailbox(value):
        return True
    if _LABEL_BEFORE.search(text[max(0, start - 40) : start].lower()):
        return True
    around = text[max(0, start - _REACH) : end + _REACH]
    lowered = around.lower()  # the words' patterns are in lower case
    if _sounds_personal(lowered):
        return False
    # A role mailbox beside a number or an address says whose they are: "email sales@... or call".
    organisation = bool(_ORGANISATION.search(lowered)
                        or "@" in around and any(_is_role_mailbox(m.group()) for m in EMAIL.finditer(around)))
    if _OURS.search(lowered) and not organisation:
        return False
    return bool(_FREE_TO_CALL.search(value)) or organisation


def _sounds_personal(lowered: str) -> bool:
    """_PERSONAL.search, after plain look-ups of what each of its alternatives must contain:
    most texts contain none, and trying the whole pattern at each position is slow."""
    if not ("my " in lowered or "personal" in lowered or "at mine" in lowered
            or "housewarming" in lowered or "moved into" in lowered or "party at" in lowered
            or "moving " in lowered or "cards" in lowered or "new house" in lowered
            or "her " in lowered or "his " in lowered or " him" in lowered or " her" in lowered
            or _ME(lowered)):
        return False
    return bool(_PERSONAL.search(lowered))


def _is_role_mailbox(address: str) -> bool:
    """info@, careers.mba@, mba.admissions@ (a role with at most a short qualifier, where
    billing.adaeze@ is a person in billing); or any mailbox at an institution's domain."""
    mailbox, _, domain = address.lower().partition("@")
    parts = re.split(r"[._-]", mailbox)
    roles = [part for part in parts if part in _ROLE_MAILBOXES]
    if _WEBMAIL.match(domain):  # anyone's: "priya.k.jobs@gmail.com" is Priya's
        return bool(roles) and len(roles) == len(parts)
    return bool(roles and all(part in roles or len(part) <= 5 for part in parts)
                or _INSTITUTION_DOMAIN.search(domain))
