"""Questions for benchmarks.multilingual: each with words its expected sentence holds.

Written on 2026-12-02 by reading the sample brief (English) and the Polish Constitution of
1997 (../shared/realpdf/pl_konstytucja_rp_1997.pdf), after every weight and threshold was
fitted: held-out. Each cross-language question has a same-language twin (the control), asking
the same thing of the same sentence.
"""

from __future__ import annotations

# Polish questions on the English brief, and their English twins.
_ON_ENGLISH = (
    ("Kto przyjął Kellogga w Mińsku?", "Who received Kellogg in Minsk?",
     "received in Minsk by Alexander Lukashenka"),
    ("Ilu więźniów politycznych uwolniono dzięki wizycie?",
     "How many political prisoners were released thanks to the visit?",
     "14 political"),
    ("Dokąd wyjechali uwolnieni więźniowie?", "Where did the released prisoners go?",
     "departure to Vilnius"),
    ("Kiedy przed Kelloggiem Białoruś odwiedził ostatni wysoki rangą urzędnik USA?",
     "When did a high-ranking U.S. official last visit Belarus before Kellogg?",
     "since February 2020"),
    ("Jak długo trwała rozmowa Kellogga z Łukaszenką?",
     "How long did the conversation between Kellogg and Lukashenka last?",
     "6.5-hour-long conversation"),
    ("Ilu obywateli Polski było wśród uwolnionych?",
     "How many Polish citizens were among those released?",
     "Three Polish citizens"),
    ("Na jaką karę skazano Jerzego Żywalewskiego?", "What sentence did Jerzy Żywalewski get?",
     "four years in a penal colony"),
    ("Komu Cichanouska podziękowała na konferencji prasowej?",
     "Whom did Tsikhanouskaya thank at the press conference?",
     "thanked the leaders of the U.S."),
    ("Jaką politykę wobec Białorusi prowadziła administracja Bidena?",
     "What policy did the Biden administration pursue toward Belarus?",
     "isolate and punish Belarus"),
    ("Zniesienia których sankcji oczekuje reżim w zamian za uwolnienie więźniów?",
     "Which sanctions does the regime expect to be lifted in return for releasing prisoners?",
     "petrochemical sector"),
    ("Z jakim państwem Białoruś pozostanie w bliskim sojuszu?",
     "Which country will Belarus remain in a close alliance with?",
     "close alliance with Russia"),
    ("Co zapowiedział Siarhiej Cichanouski po uwolnieniu?",
     "What did Sergei Tsikhanousky announce after his release?",
     "continue his political activities"),
)  # fmt: skip

# English questions on the Polish text, and their Polish twins.
_ON_POLISH = (
    ("How many deputies does the Sejm have?", "Z ilu posłów składa się Sejm?",
     "Sejm składa się z 460 posłów"),
    ("How many senators sit in the Senate?", "Ilu senatorów liczy Senat?",
     "Senat składa się ze 100 senatorów"),
    ("What is the capital of the Republic of Poland?", "Co jest stolicą Rzeczypospolitej?",
     "Stolicą Rzeczypospolitej Polskiej jest Warszawa"),
    ("What is the official language of Poland?", "Jaki jest język urzędowy w Polsce?",
     "językiem urzędowym jest język polski"),
    ("What is the national anthem of Poland?", "Co jest hymnem Polski?",
     "Mazurek Dąbrowskiego"),
    ("For how long is the President elected?", "Na jak długo wybierany jest Prezydent?",
     "pięcioletnią kadencję"),
    ("How old must a candidate for President be?", "Ile lat musi mieć kandydat na Prezydenta?",
     "kończy 35 lat"),
    ("How many judges make up the Constitutional Tribunal?",
     "Z ilu sędziów składa się Trybunał Konstytucyjny?",
     "składa się z 15 sędziów"),
    ("Which bank is the central bank of the state?", "Który bank jest bankiem centralnym państwa?",
     "Centralnym bankiem państwa jest Narodowy Bank Polski"),
    ("Until what age is schooling compulsory?", "Do jakiego wieku nauka jest obowiązkowa?",
     "Nauka do 18 roku życia jest obowiązkowa"),
    ("What limit does the constitution set on public debt?", "Jaki jest limit długu publicznego?",
     "3/5 wartości rocznego produktu krajowego brutto"),
    ("May anyone be subjected to torture?", "Czy wolno kogoś poddać torturom?",
     "Nikt nie może być poddany torturom"),
    ("How old must one be to be elected to the Senate?",
     "Ile lat trzeba mieć, by zostać wybranym do Senatu?",
     "kończy 30 lat"),
    ("What do the armed forces serve?", "Czemu służą Siły Zbrojne?",
     "służą ochronie niepodległości państwa"),
)  # fmt: skip

# set name -> (question, words its expected sentence holds); "pl_on_en": Polish questions
# on the English brief.
QUESTIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "pl_on_en": tuple((pl, words) for pl, _, words in _ON_ENGLISH),
    "en_on_en": tuple((en, words) for _, en, words in _ON_ENGLISH),
    "en_on_pl": tuple((en, words) for en, _, words in _ON_POLISH),
    "pl_on_pl": tuple((pl, words) for _, pl, words in _ON_POLISH),
}
