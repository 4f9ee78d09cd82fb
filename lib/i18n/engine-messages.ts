// Texts for every message key the comeback engine emits (lib/engine/message-keys.ts).
// ICU-style {param} placeholders; short, plain and encouraging: they are read on a phone.
export const engineMessages = {
  en: {
    "reason.gate.passed": "Well done: you're ready for phase {phase}.",
    "reason.gate.awaitingApproval":
      "You've met the goals for phase {phase}. Your physio will check before you move on.",
    "reason.gate.approved": "Your physio gave the go-ahead: on to phase {phase}.",
    "reason.gate.declined":
      "Your physio wants to see a little more before phase {phase}. Your pain-free days keep counting; the step is looked at again on {recheckOn}.",
    "reason.gate.recheck":
      "Your physio looks at phase {phase} again on {recheckOn}. Your pain-free days keep counting until then.",
    "gate.missing.recheck": "Your physio's second look, on {on}.",
    "reason.gate.approvalWithdrawn": "Pain came back, so the step up is on hold for now.",
    "reason.hold.painReported":
      "Pain {which, select, rest {at rest} during {during the session} after {after the session} other {when you woke up}}: {score}/10, above your limit of {tolerance}/10.",
    "reason.hold.flagReported": "You noted swelling, limping or another warning sign. We stay where we are.",
    "reason.hold.buildingStreak":
      "{streak} of {required, plural, one {# pain-free day} other {# pain-free days}}. Keep it up.",
    "reason.hold.minDays": "Day {days} of at least {required} in this phase. Give your body the time.",
    "reason.hold.readinessTests": "Pain-free so far. Do the running tests to unlock running.",
    "reason.hold.tendonMorning": "Your tendon hadn't settled by this morning. Stay at this load.",
    "reason.hold.tendonRising": "Your tendon pain is higher than last week. Stay at this load.",
    "reason.hold.tendonOk": "Pain {score}/10 is fine for a tendon if it settles by tomorrow morning.",
    "reason.hold.runNotCompleted": "The run wasn't finished, so we repeat this level.",
    "reason.hold.paused": "Your plan is paused until a physio or doctor has checked you.",
    "reason.hold.interruption": "Training is on pause for now. Get well first.",
    "reason.soreness.warmupPersisted":
      "Your pain started in the warm-up and kept going: take {restDays, plural, one {# day} other {# days}} off, then repeat the previous level.",
    "reason.soreness.warmupGone": "Some pain in the warm-up that went away: stay at this level.",
    "reason.soreness.returned":
      "The pain went away but came back: take {restDays, plural, one {# day} other {# days}} off, then repeat the previous level.",
    "reason.soreness.nextDay":
      "Sore the day after: take {restDays, plural, one {# day} other {# days}} off and don't step up yet.",
    "reason.soreness.nextDayUndoAdvance":
      "Sore the day after your step up: take {restDays, plural, one {# day} other {# days}} off and go back to level {level}.",
    "reason.soreness.missing": "Tell us how the run felt so we can plan the next one. We stay at this level.",
    "reason.level.advanced": "No soreness: on to level {level}.",
    "reason.level.needsMoreRuns":
      "Good run. {done} of {required, plural, one {# run} other {# runs}} done at this level.",
    "reason.level.weeklyLimit": "Good run. To keep the build-up at a safe pace, the next step is from {nextOn}.",
    "reason.level.nielsen": "Good run. Your running is already up a lot in two weeks, so we hold one more week.",
    "reason.level.top":
      "You're at your old weekly volume: {done} of {required, plural, one {# run} other {# runs}} this week.",
    "reason.gap.stepDown":
      "{days, plural, one {# day} other {# days}} without running: we start again {levels, plural, one {one level} other {# levels}} lower.",
    "reason.clearance.resumed": "You're cleared to go on. Your pain-free days start counting again.",
    "reason.clearance.resumedLevel": "You're cleared to run again, starting at level {level}.",
    "reason.override.phase": "Your physio moved you to phase {phase}.",
    "reason.override.level": "Your physio set your level to {level}.",
    "reason.completed": "You're back at your old level. Great comeback!",
    "reason.readiness.restingHr": "Your resting heart rate is {bpm} (usually about {baseline}): an easier day today.",
    "reason.readiness.sleep": "Only {hours, plural, one {# hour} other {# hours}} of sleep: an easier day today.",
    "reason.redFlag.nightPain": "Pain at night or pain that wakes you.",
    "reason.redFlag.boneTenderness": "A tender spot on a bone.",
    "reason.redFlag.swelling": "Swelling that doesn't go away.",
    "reason.redFlag.limping": "You're limping.",
    "reason.redFlag.painDuring": "Pain {score}/10 during activity.",
    "reason.rest.scheduled": "Rest day. Recovery is part of the plan.",
    "reason.rest.afterSoreness": "Rest from running until {until}.",
    "reason.rest.interruption": "No training while you're out. Rest well.",
    "reason.rest.redFlag": "No training until a physio or doctor has checked you.",
    "reason.rest.runSpacing": "A rest day between runs lets your body adapt.",
    "reason.menu.allPainful":
      "Every option hurt so far. Rest today and {physio, select, self {see a doctor if it stays this way.} other {talk to your physio.}}",
    "reason.volume.weeklyCap": "This would take you past your old weekly running time, so today is shorter or off.",
    "reason.strength.firstThenRun": "Strength first, then the run, ideally 6 hours apart.",
    "reason.strength.heavyToLight": "Strength is light today so you recover.",
    "projection.estimate": "An estimate: it depends on how the coming weeks go.",
    "projection.safetyExtends":
      "Building up safely takes {weeks, plural, one {# week} other {# weeks}} longer than the rule of thumb.",
    "projection.interruption": "The break adds {weeks, plural, one {# week} other {# weeks}}.",
    "projection.override": "Date set by your physio.",
    "gate.missing.streak": "Pain-free days: {have} of {need}.",
    "gate.missing.minDays": "Days in this phase: {have} of {need}.",
    "gate.missing.readiness.walk": "Brisk walk for 30 minutes without pain.",
    "gate.missing.readiness.calfRaise": "20 single-leg calf raises on each side.",
    "gate.missing.readiness.singleLegSquat": "10 single-leg squats on each side.",
    "gate.missing.readiness.hop": "Hop on the spot 10 times or for 30 seconds.",
    "gate.missing.approval": "Your physio's go-ahead.",
    "gate.missing.clearance": "A check by a physio or doctor.",
    "alert.redFlag": "Red flag reported: plan paused.",
    "alert.awaitingApproval": "Ready for phase {phase}: waiting for your approval.",
    "alert.missingCheckIns": "No check-in for {days, plural, one {# day} other {# days}}.",
    "alert.painRising": "Pain up three reports in a row: plan on hold.",
    "alert.steppedBack": "Stepped back to level {level}.",
    "alert.swelling": "Swelling reported.",
    "alert.readinessLow": "Poor sleep or high resting heart rate today.",
    "alert.completed": "Back at the old level.",
    "level.walkRun": "{blocks} × ({jog, number} min jog + {walk, number} min walk), {runs}× a week",
    "level.continuous": "{runs, plural, one {# run} other {# runs}} a week of about {minutes, number} min",
    "level.strides":
      "{runs, plural, one {# run} other {# runs}} a week of about {minutes, number} min, then {reps} relaxed strides of about 20 seconds",
    "level.speed":
      "{runs, plural, one {# run} other {# runs}} a week of about {minutes, number} min, then {reps} short surges building to {effort} % of your top speed",
    "projection.boneFullLadder":
      "A bone heals slowly: every running level takes at least a week, so this takes longer than the rule of thumb.",
    "projection.physioTarget": "Your physio's date: {date}. The steps are paced to reach it within the safety limits.",
    "projection.earliestSafe":
      "Your physio aimed for {date}. Building up safely ({perWeek, plural, one {one level} other {up to # levels}} a week, each level run {runs} times without pain, at most 30 % more in two weeks) takes until {earliest}, so that is your date.",
    "session.rest": "Rest",
    "session.cross_training": "Cross-training",
    "session.mobility": "Mobility",
    "session.strength": "Strength",
    "session.run": "Run",
    "session.walk_run": "Walk/run",
    "session.readiness_tests": "Running tests",
    "load.easy": "Easy",
    "load.light": "Light",
    "load.heavy": "Heavy",
    "load.running_specific": "Running-specific",
    "reason.hold.painRising":
      "Your pain has gone up three reports in a row. We stay where we are{physio, select, self {.} other { and let your physio know.}}",
    "reason.redFlag.numbness": "Numbness or tingling.",
    "reason.redFlag.feelingIll": "Feeling ill or feverish with the pain.",
    "reason.redFlag.hotSwollenCalf": "A hot, swollen, tender calf.",
    "reason.redFlag.suddenSharpPain": 'A sudden sharp pain or a "pop".',
    "gate.missing.readiness.bridge": "20 single-leg bridges on each side.",
    "gate.missing.readiness.kneeFlexion": "Bend your knee against resistance without pain.",
    "reason.rest.afterPain": "Rest until {until}: let the pain settle first.",
    "reason.tendon.isometric":
      "Tendons recover with load: hold each position steadily. Pain up to 5/10 is fine if it settles by tomorrow morning.",
    "reason.tendon.slowHeavy":
      "Slow, heavy strength work for your tendon: 3 seconds up, 3 seconds down. Pain up to 5/10 is fine if it settles by tomorrow morning.",
    "reason.tendon.morningUndo":
      "Your tendon hadn't settled by this morning, so yesterday's run doesn't count: take {restDays, plural, one {# day} other {# days}} off and go back to level {level}.",
    "reason.tendon.morningNotCounted":
      "Your tendon hadn't settled by this morning, so yesterday's run doesn't count: take {restDays, plural, one {# day} other {# days}} off.",
    "reason.tendon.morningUndoPhase":
      "Your tendon hadn't settled by this morning, so yesterday's load doesn't count yet: phase {phase} waits until your pain-free days are there again.",
    "reason.volume.twoWeekCap": "Your running may grow at most 30 % in two weeks, so today is shorter or off.",
    "reason.hold.runTooShort":
      "You ran {done} of {planned} minutes. It counts once you can do (nearly) all of it, so we stay at this level.",
    "reason.level.afterSoreness": "Good run. After the soreness, no step up before {nextOn}.",
    "reason.hold.unplannedRun":
      "A run on a day without one planned: it counts toward your weekly load, not toward your level.",
    "reason.level.maintain": "Good run. You're back at your level: keep this week as your routine.",
    "reason.rest.afterHeavyStrength": "No run today: yesterday was a heavy strength day.",
    "reason.stepBack.painHigh":
      "Pain {which, select, rest {at rest} during {during training} other {after training}} of {score}/10 is too much: {restDays, plural, one {# day} other {# days}} of rest, then carry on gently.{physio, select, self {} other { Your physio is told.}}",
    "reason.stepBack.painHighLevel":
      "Pain {which, select, rest {at rest} during {during the run} other {after running}} of {score}/10 is too much: {restDays, plural, one {# day} other {# days}} of rest, then level {level}.{physio, select, self {} other { Your physio is told.}}",
    "alert.painHigh": "Pain above 5/10 during or after training or at rest: stepped back.",
    "projection.volumeCapped":
      "With {runs, plural, one {# run} other {# runs}} a week on your training days, the plan tops out at {minutes} minutes a week, below your old {weekly}. Add a training day to get all the way back.",
    "projection.weeksOffGrowing":
      "{soFar, plural, =0 {Less than a week} one {# week} other {# weeks}} without running so far, {weeks, plural, =0 {less than a week} one {# week} other {# weeks}} by the time you restart. Each week before running starts adds about two weeks to the rebuild.",
  },
  nl: {
    "reason.gate.passed": "Goed gedaan: je bent klaar voor fase {phase}.",
    "reason.gate.awaitingApproval":
      "Je hebt de doelen voor fase {phase} gehaald. Je fysio kijkt mee voordat je verdergaat.",
    "reason.gate.approved": "Je fysio geeft groen licht: door naar fase {phase}.",
    "reason.gate.declined":
      "Je fysio wil nog wat meer zien voor fase {phase}. Je pijnvrije dagen blijven tellen; op {recheckOn} wordt de stap opnieuw bekeken.",
    "reason.gate.recheck":
      "Je fysio bekijkt fase {phase} opnieuw op {recheckOn}. Tot dan blijven je pijnvrije dagen tellen.",
    "gate.missing.recheck": "De tweede blik van je fysio, op {on}.",
    "reason.gate.approvalWithdrawn": "De pijn is terug, dus de stap omhoog wacht even.",
    "reason.hold.painReported":
      "Pijn {which, select, rest {in rust} during {tijdens de training} after {na de training} other {bij het wakker worden}}: {score}/10, boven je grens van {tolerance}/10.",
    "reason.hold.flagReported":
      "Je meldde zwelling, mank lopen of een ander waarschuwingsteken. We blijven waar we zijn.",
    "reason.hold.buildingStreak":
      "{streak} van {required, plural, one {# pijnvrije dag} other {# pijnvrije dagen}}. Ga zo door.",
    "reason.hold.minDays": "Dag {days} van minstens {required} in deze fase. Geef je lichaam de tijd.",
    "reason.hold.readinessTests": "Tot nu toe pijnvrij. Doe de looptests om hardlopen vrij te spelen.",
    "reason.hold.tendonMorning": "Je pees was vanochtend nog niet tot rust. Blijf op deze belasting.",
    "reason.hold.tendonRising": "Je peespijn is hoger dan vorige week. Blijf op deze belasting.",
    "reason.hold.tendonOk": "Pijn {score}/10 is oké voor een pees als het morgenochtend weer rustig is.",
    "reason.hold.runNotCompleted": "Het loopje is niet afgemaakt, dus we herhalen dit niveau.",
    "reason.hold.paused": "Je plan staat stil tot een fysio of arts naar je heeft gekeken.",
    "reason.hold.interruption": "Trainen staat even stil. Eerst beter worden.",
    "reason.soreness.warmupPersisted":
      "Je pijn begon in de warming-up en bleef: neem {restDays, plural, one {# dag} other {# dagen}} rust en herhaal dan het vorige niveau.",
    "reason.soreness.warmupGone": "Wat pijn in de warming-up die wegging: blijf op dit niveau.",
    "reason.soreness.returned":
      "De pijn ging weg maar kwam terug: neem {restDays, plural, one {# dag} other {# dagen}} rust en herhaal dan het vorige niveau.",
    "reason.soreness.nextDay":
      "Een dag later pijn: neem {restDays, plural, one {# dag} other {# dagen}} rust en ga nog niet omhoog.",
    "reason.soreness.nextDayUndoAdvance":
      "Pijn de dag na je stap omhoog: neem {restDays, plural, one {# dag} other {# dagen}} rust en ga terug naar niveau {level}.",
    "reason.soreness.missing": "Vertel hoe het loopje voelde, dan plannen we de volgende. We blijven op dit niveau.",
    "reason.level.advanced": "Geen pijn: door naar niveau {level}.",
    "reason.level.needsMoreRuns":
      "Goed loopje. {done} van {required, plural, one {# loopje} other {# loopjes}} gedaan op dit niveau.",
    "reason.level.weeklyLimit": "Goed loopje. Om veilig op te bouwen is de volgende stap vanaf {nextOn}.",
    "reason.level.nielsen": "Goed loopje. Je loopt al veel meer dan twee weken geleden, dus we wachten nog een week.",
    "reason.level.top":
      "Je zit op je oude weekvolume: {done} van {required, plural, one {# loopje} other {# loopjes}} deze week.",
    "reason.gap.stepDown":
      "{days, plural, one {# dag} other {# dagen}} niet gelopen: we beginnen {levels, plural, one {één niveau} other {# niveaus}} lager.",
    "reason.clearance.resumed": "Je mag weer verder. Je pijnvrije dagen tellen opnieuw.",
    "reason.clearance.resumedLevel": "Je mag weer lopen, vanaf niveau {level}.",
    "reason.override.phase": "Je fysio heeft je naar fase {phase} gezet.",
    "reason.override.level": "Je fysio heeft je niveau op {level} gezet.",
    "reason.completed": "Je bent terug op je oude niveau. Mooie comeback!",
    "reason.readiness.restingHr": "Je rusthartslag is {bpm} (normaal rond {baseline}): vandaag een rustigere dag.",
    "reason.readiness.sleep": "Maar {hours, number} uur geslapen: vandaag een rustigere dag.",
    "reason.redFlag.nightPain": "Pijn 's nachts of pijn waar je wakker van wordt.",
    "reason.redFlag.boneTenderness": "Een gevoelige plek op een bot.",
    "reason.redFlag.swelling": "Zwelling die niet weggaat.",
    "reason.redFlag.limping": "Je loopt mank.",
    "reason.redFlag.painDuring": "Pijn {score}/10 tijdens het bewegen.",
    "reason.rest.scheduled": "Rustdag. Herstel hoort bij het plan.",
    "reason.rest.afterSoreness": "Niet hardlopen tot {until}.",
    "reason.rest.interruption": "Geen training zolang je eruit ligt. Rust goed uit.",
    "reason.rest.redFlag": "Geen training tot een fysio of arts naar je heeft gekeken.",
    "reason.rest.runSpacing": "Een rustdag tussen twee loopjes geeft je lichaam tijd om te wennen.",
    "reason.menu.allPainful":
      "Alle opties deden tot nu toe pijn. Rust vandaag en {physio, select, self {ga naar je huisarts als het zo blijft.} other {overleg met je fysio.}}",
    "reason.volume.weeklyCap": "Dit gaat boven je oude looptijd per week, dus vandaag korter of niet.",
    "reason.strength.firstThenRun": "Eerst kracht, dan het loopje, het liefst 6 uur ertussen.",
    "reason.strength.heavyToLight": "Kracht is vandaag licht, zodat je herstelt.",
    "projection.estimate": "Een schatting: het hangt af van hoe de komende weken gaan.",
    "projection.safetyExtends":
      "Veilig opbouwen duurt {weeks, plural, one {# week} other {# weken}} langer dan de vuistregel.",
    "projection.interruption": "De onderbreking kost {weeks, plural, one {# week} other {# weken}} extra.",
    "projection.override": "Datum vastgezet door je fysio.",
    "gate.missing.streak": "Pijnvrije dagen: {have} van {need}.",
    "gate.missing.minDays": "Dagen in deze fase: {have} van {need}.",
    "gate.missing.readiness.walk": "30 minuten stevig wandelen zonder pijn.",
    "gate.missing.readiness.calfRaise": "20 keer kuitheffen op één been, aan elke kant.",
    "gate.missing.readiness.singleLegSquat": "10 squats op één been, aan elke kant.",
    "gate.missing.readiness.hop": "10 keer huppen op de plaats, of 30 seconden.",
    "gate.missing.approval": "Groen licht van je fysio.",
    "gate.missing.clearance": "Een controle door een fysio of arts.",
    "alert.redFlag": "Alarmsignaal gemeld: plan gepauzeerd.",
    "alert.awaitingApproval": "Klaar voor fase {phase}: wacht op jouw akkoord.",
    "alert.missingCheckIns": "Al {days, plural, one {# dag} other {# dagen}} geen check-in.",
    "alert.painRising": "Pijn drie meldingen op rij gestegen: plan blijft staan.",
    "alert.steppedBack": "Terug naar niveau {level}.",
    "alert.swelling": "Zwelling gemeld.",
    "alert.readinessLow": "Slecht geslapen of hoge rusthartslag vandaag.",
    "alert.completed": "Terug op het oude niveau.",
    "level.walkRun": "{blocks} × ({jog, number} min joggen + {walk, number} min wandelen), {runs}× per week",
    "level.continuous": "{runs, plural, one {# loopje} other {# loopjes}} per week van ongeveer {minutes, number} min",
    "level.strides":
      "{runs, plural, one {# loopje} other {# loopjes}} per week van ongeveer {minutes, number} min, daarna {reps} ontspannen versnellingen van zo'n 20 seconden",
    "level.speed":
      "{runs, plural, one {# loopje} other {# loopjes}} per week van ongeveer {minutes, number} min, daarna {reps} korte versnellingen tot {effort} % van je topsnelheid",
    "projection.boneFullLadder":
      "Bot herstelt langzaam: elk loopniveau duurt minstens een week, dus dit duurt langer dan de vuistregel.",
    "projection.physioTarget":
      "De datum van je fysio: {date}. De stappen zijn zo verdeeld dat je die haalt binnen de veiligheidsgrenzen.",
    "projection.earliestSafe":
      "Je fysio mikte op {date}. Veilig opbouwen ({perWeek, plural, one {één niveau} other {tot # niveaus}} per week, elk niveau {runs} keer pijnvrij gelopen, hooguit 30 % meer in twee weken) duurt tot {earliest}, dus dat is jouw datum.",
    "session.rest": "Rust",
    "session.cross_training": "Alternatieve training",
    "session.mobility": "Mobiliteit",
    "session.strength": "Kracht",
    "session.run": "Hardlopen",
    "session.walk_run": "Wandelen/hardlopen",
    "session.readiness_tests": "Looptests",
    "load.easy": "Rustig",
    "load.light": "Licht",
    "load.heavy": "Zwaar",
    "load.running_specific": "Loopspecifiek",
    "reason.hold.painRising":
      "Je pijn is drie keer op rij opgelopen. We blijven waar we zijn{physio, select, self {.} other { en laten het je fysio weten.}}",
    "reason.redFlag.numbness": "Een doof of tintelend gevoel.",
    "reason.redFlag.feelingIll": "Je voelt je ziek of koortsig bij de pijn.",
    "reason.redFlag.hotSwollenCalf": "Een warme, gezwollen, gevoelige kuit.",
    "reason.redFlag.suddenSharpPain": 'Een plotselinge scherpe pijn of een "knap".',
    "gate.missing.readiness.bridge": "20 keer een brug op één been, aan elke kant.",
    "gate.missing.readiness.kneeFlexion": "Je knie buigen tegen weerstand zonder pijn.",
    "reason.rest.afterPain": "Rust tot {until}: laat de pijn eerst zakken.",
    "reason.tendon.isometric":
      "Pezen herstellen door belasting: houd elke houding rustig vast. Pijn tot 5/10 mag, als het morgenochtend weer gezakt is.",
    "reason.tendon.slowHeavy":
      "Langzame, zware krachtoefeningen voor je pees: 3 tellen omhoog, 3 tellen omlaag. Pijn tot 5/10 mag, als het morgenochtend weer gezakt is.",
    "reason.tendon.morningUndo":
      "Je pees was vanochtend nog niet tot rust, dus het loopje van gisteren telt niet: neem {restDays, plural, one {# dag} other {# dagen}} rust en ga terug naar niveau {level}.",
    "reason.tendon.morningNotCounted":
      "Je pees was vanochtend nog niet tot rust, dus het loopje van gisteren telt niet: neem {restDays, plural, one {# dag} other {# dagen}} rust.",
    "reason.tendon.morningUndoPhase":
      "Je pees was vanochtend nog niet tot rust, dus de belasting van gisteren telt nog niet: fase {phase} wacht tot je weer genoeg pijnvrije dagen hebt.",
    "reason.volume.twoWeekCap": "Je looptijd mag in twee weken hooguit 30 % groeien, dus vandaag korter of niet.",
    "reason.hold.runTooShort":
      "Je liep {done} van de {planned} minuten. Het telt mee als je (bijna) alles kunt lopen, dus we blijven op dit niveau.",
    "reason.level.afterSoreness": "Goed gelopen. Na de napijn geen stap omhoog voor {nextOn}.",
    "reason.hold.unplannedRun":
      "Een loopje op een dag zonder gepland loopje: het telt mee voor je weekbelasting, niet voor je niveau.",
    "reason.level.maintain": "Goed gelopen. Je bent terug op je niveau: houd deze week aan als vast ritme.",
    "reason.rest.afterHeavyStrength": "Vandaag geen loopje: gisteren was een zware krachtdag.",
    "reason.stepBack.painHigh":
      "Pijn {which, select, rest {in rust} during {tijdens de training} other {na de training}} van {score}/10 is te veel: {restDays, plural, one {# dag} other {# dagen}} rust, daarna rustig verder.{physio, select, self {} other { Je fysio krijgt een melding.}}",
    "reason.stepBack.painHighLevel":
      "Pijn {which, select, rest {in rust} during {tijdens het lopen} other {na het lopen}} van {score}/10 is te veel: {restDays, plural, one {# dag} other {# dagen}} rust, daarna niveau {level}.{physio, select, self {} other { Je fysio krijgt een melding.}}",
    "alert.painHigh": "Pijn boven 5/10 tijdens of na training of in rust: stap terug.",
    "projection.volumeCapped":
      "Met {runs, plural, one {# loopje} other {# loopjes}} per week op je trainingsdagen komt het plan tot {minutes} minuten per week, onder je oude {weekly}. Voeg een trainingsdag toe om helemaal terug te komen.",
    "projection.weeksOffGrowing":
      "{soFar, plural, =0 {Nog geen week} one {# week} other {# weken}} niet gelopen tot nu toe, {weeks, plural, =0 {nog geen week} one {# week} other {# weken}} als je weer begint. Elke week voordat het lopen begint, maakt de opbouw ongeveer twee weken langer.",
  },
} as const;
