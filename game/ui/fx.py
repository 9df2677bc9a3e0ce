"""Short animations: what a choice changed ("+14 dagen", "−10 veiligheid"), bars that
slide to their new value, and brief notices. Time only moves in ``update``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from game.engine import Event, MeterChanged

FLOAT_IN = 0.3
FLOAT_HOLD = 2.2
FLOAT_OUT = 0.6
TWEEN = 0.9
TOAST = 3.2
MINUS = "−"  # a real minus sign: it reads better than a hyphen at a glance


@dataclass(frozen=True, slots=True)
class Change:
    meter: str
    old: int
    new: int

    @property
    def delta(self) -> int:
        return self.new - self.old


def net_changes(events: tuple[Event, ...]) -> list[Change]:
    """One change per meter for a step, from its first old to its last new value."""
    first: dict[str, int] = {}
    last: dict[str, int] = {}
    for event in events:
        if isinstance(event, MeterChanged) and not isinstance(event.new, bool):
            first.setdefault(event.name, int(event.old))
            last[event.name] = int(event.new)
    return [Change(name, first[name], last[name]) for name in first if first[name] != last[name]]


def signed(delta: int) -> str:
    return f"+{delta}" if delta > 0 else f"{MINUS}{-delta}"


@dataclass
class Floater:
    meter: str
    text: str
    age: float = 0.0

    @property
    def life(self) -> float:
        return FLOAT_IN + FLOAT_HOLD + FLOAT_OUT

    def alpha(self) -> float:
        if self.age < FLOAT_IN:
            return self.age / FLOAT_IN
        if self.age > FLOAT_IN + FLOAT_HOLD:
            return max(0.0, 1 - (self.age - FLOAT_IN - FLOAT_HOLD) / FLOAT_OUT)
        return 1.0

    def rise(self) -> float:
        """0 -> 1 while it slides into place."""
        t = min(1.0, self.age / FLOAT_IN)
        return 1 - (1 - t) ** 3


@dataclass
class Tween:
    start: float
    end: float
    age: float = 0.0

    def value(self) -> float:
        t = min(1.0, self.age / TWEEN)
        eased = 1 - (1 - t) ** 3
        return self.start + (self.end - self.start) * eased

    @property
    def done(self) -> bool:
        return self.age >= TWEEN


@dataclass
class Toast:
    text: str
    age: float = 0.0
    life: float = TOAST

    def alpha(self) -> float:
        fade = 0.4
        if self.age < fade:
            return self.age / fade
        return max(0.0, min(1.0, (self.life - self.age) / fade))


@dataclass
class Fx:
    floaters: list[Floater] = field(default_factory=list)
    tweens: dict[str, Tween] = field(default_factory=dict)
    toasts: list[Toast] = field(default_factory=list)

    def changed(self, changes: list[Change], texts: dict[str, str]) -> None:
        """Show each change (``texts`` holds the label per meter; no label: bar only)."""
        for change in changes:
            current = self.tweens.get(change.meter)
            start = current.value() if current and not current.done else float(change.old)
            self.tweens[change.meter] = Tween(start, float(change.new))
            if change.meter in texts:
                self.floaters = [f for f in self.floaters if f.meter != change.meter]
                self.floaters.append(Floater(change.meter, texts[change.meter]))

    def toast(self, text: str, life: float = TOAST) -> None:
        self.toasts = [toast for toast in self.toasts if toast.text != text]
        self.toasts.append(Toast(text, life=life))

    def clear(self) -> None:
        self.floaters.clear()
        self.tweens.clear()

    def update(self, dt: float) -> bool:
        aging: tuple[Floater | Tween | Toast, ...] = (
            *self.floaters,
            *self.tweens.values(),
            *self.toasts,
        )
        for item in aging:
            item.age += dt
        self.floaters = [f for f in self.floaters if f.age < f.life]
        self.tweens = {k: v for k, v in self.tweens.items() if not v.done}
        self.toasts = [toast for toast in self.toasts if toast.age < toast.life]
        return self.active

    @property
    def active(self) -> bool:
        return bool(self.floaters or self.tweens or self.toasts)

    def shown(self) -> dict[str, float]:
        return {meter: tween.value() for meter, tween in self.tweens.items()}

    def glow(self) -> dict[str, float]:
        return {f.meter: f.alpha() for f in self.floaters}
