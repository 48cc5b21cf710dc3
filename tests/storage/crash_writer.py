"""A writer to be killed: the crash-safety test's child process.

Started once per test as a "zygote": it imports Showroom (half a second) and then, for each
``go SEED ACTOR`` line on stdin, forks a fresh child process that opens the database and
writes units of work in a loop until the test kills it with SIGKILL. Forking from a process
that has imported everything but opened nothing makes each of the hundreds of kills cost
milliseconds instead of a Python start-up; each child is still a real process with its own
connections, killed at a random moment.

One unit of work (one ``db.session()``): create_customer (customer + phone + "Customer card
created"), add_follow_up due today, log_contact (interaction + that follow-up done + the next
follow-up), register_walk_in (walk-in + visit interaction + the walk-in cadence's follow-up).
After each commit the child writes ``ack CUSTOMER INTERACTION DONE_FOLLOW_UP NEXT_FOLLOW_UP
WALK_IN`` with one write(2) (atomic on a pipe), so an acknowledged unit is a committed one.

The zygote writes ``child PID`` after each fork and ``reaped PID STATUS`` once the child has
died, after all of the child's lines.
"""

from __future__ import annotations

import os
import random
import sys
import traceback
from datetime import timedelta

from showroom.config import resolve_config
from showroom.domain.customer import CustomerDraft, PhoneDraft
from showroom.domain.ids import UserId
from showroom.services.customers import create_customer
from showroom.services.follow_ups import add_follow_up, log_contact
from showroom.services.walk_ins import WalkInDraft, register_walk_in
from showroom.settings import ShowroomSettings
from showroom.storage.migrate import open_database
from showroom.storage.types import utc_now

NAMES = ["Zoë Walker", "Łukasz Nowak", "Jürgen Groß", "王小明", "Søren Ødegård", "Amélie Côté"]


def say(line: str) -> None:
    os.write(1, (line + "\n").encode())


def write_forever(home: str, url: str | None, seed: int, actor: UserId) -> None:
    config = resolve_config(home, url, environ={})
    db = open_database(config, integrity_check=False)
    settings = ShowroomSettings(default_region="GB", timezone="Europe/London")
    rng = random.Random(seed)
    say("started")
    for number in range(1_000_000):
        now = utc_now()
        today = now.date()
        with db.session() as session:
            customer = create_customer(
                session,
                CustomerDraft(
                    full_name=f"{rng.choice(NAMES)} {seed}-{number}",
                    phones=(PhoneDraft(f"+4474{seed * 5000 + number:08d}"),),
                    notes="x" * rng.randrange(0, 3000),  # some units span several pages
                ),
                actor,
                settings,
                now=now,
            )
            task = add_follow_up(
                session, customer, today, "Call back about the X5", actor, actor, today=today
            )
            logged = log_contact(
                session,
                customer,
                "call",
                "reached",
                "Talked about financing",
                today + timedelta(days=3),
                actor,
                settings,
                follow_up_id=task.id,
                now=now,
            )
            walk_in = register_walk_in(
                session,
                WalkInDraft(purpose="test_drive", customer_id=customer, consultant_id=actor),
                actor,
                settings,
                now=now,
            )
        say(
            f"ack {customer} {logged.interaction_id} {task.id} {logged.next_follow_up_id} {walk_in}"
        )


def main() -> None:
    home = sys.argv[1]
    url = sys.argv[2] if len(sys.argv) > 2 else None
    say("ready")
    for line in sys.stdin:
        parts = line.split()
        if not parts or parts[0] != "go":
            break
        seed, actor = int(parts[1]), UserId(int(parts[2]))
        pid = os.fork()
        if pid == 0:
            try:
                sys.stdin.close()
                write_forever(home, url, seed, actor)
            except BaseException:
                say("error " + traceback.format_exc().replace("\n", " | "))
            os._exit(3)
        say(f"child {pid}")
        _, status = os.waitpid(pid, 0)
        say(f"reaped {pid} {status}")


if __name__ == "__main__":
    main()
