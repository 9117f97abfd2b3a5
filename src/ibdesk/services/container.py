"""All services for one open store: what the UI and the CLI are given (composition root)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import KW_ONLY, dataclass
from datetime import date

from ibdesk.forms import Catalog
from ibdesk.policy import Policy, apply_to_store, load_policy
from ibdesk.services.absence import AbsenceService
from ibdesk.services.attachments import AttachmentService
from ibdesk.services.attention import AttentionService
from ibdesk.services.consent import ConsentService
from ibdesk.services.doorbraak import DoorbraakService
from ibdesk.services.form_folders import form_folders, report_problems
from ibdesk.services.forms import FormService, load_forms
from ibdesk.services.guidance import Guidance
from ibdesk.services.inzage import InzageService
from ibdesk.services.lifecycle import Lifecycle
from ibdesk.services.meetings import MeetingService
from ibdesk.services.notes import NoteService
from ibdesk.services.org_policy import PolicyImport, apply_policy_file
from ibdesk.services.organisations import OrganisationService
from ibdesk.services.records import Records
from ibdesk.services.retention import RetentionService
from ibdesk.services.school_route import SchoolRoutes
from ibdesk.services.search import SearchService
from ibdesk.services.signatures import SignatureService
from ibdesk.store.profile import Store


@dataclass
class Services:
    store: Store
    catalog: Catalog
    records: Records
    forms: FormService
    guidance: Guidance
    absence: AbsenceService
    meetings: MeetingService
    attention: AttentionService
    consent: ConsentService
    retention: RetentionService
    inzage: InzageService
    lifecycle: Lifecycle
    routes: SchoolRoutes
    organisations: OrganisationService
    _: KW_ONLY  # always built by `build`, passed by name
    doorbraak: DoorbraakService
    search: SearchService
    notes: NoteService
    attachments: AttachmentService
    signatures: SignatureService
    policy_import: PolicyImport | None = None  # the policy's organisations file, when it named one
    form_folders: list | None = None  # the folders the catalog was read from (form_folders.py)
    form_problems: list | None = None  # Dutch lines: unreachable folders, forms in use but missing
    policy: Policy | None = None  # the machine policy these services were built with

    @property
    def resources(self):
        """The folder for holidays and fonts (the policy's, else the bundled one)."""
        return (self.policy or Policy()).resources()

    @classmethod
    def build(
        cls,
        store: Store,
        catalog: Catalog | None = None,
        today: Callable[[], date] = date.today,
        policy: Policy | None = None,
    ) -> Services:
        policy = policy if policy is not None else load_policy()
        apply_to_store(policy, store)
        folders = form_folders(policy)
        catalog = catalog if catalog is not None else load_forms(folders)
        store.indexer.use_catalog(catalog)  # saved forms are indexed with their own definitions
        records = Records(store, today)
        forms = FormService(store, catalog, today)
        consent = ConsentService(store, today)
        routes = SchoolRoutes(catalog, policy)
        lifecycle = Lifecycle(store, today)
        absence = AbsenceService(store, today, region=policy.holiday_region, resources=policy.resources())
        doorbraak = DoorbraakService(store, absence.is_thuiszitter, today)
        guidance = Guidance(
            store,
            catalog,
            today,
            sharing_check=consent.sharing_problem,
            doorbraak_check=doorbraak.reason,
            default_route=routes.default_for,
        )
        meetings = MeetingService(store, guidance, forms, today, calendar=absence.calendar)
        attention = AttentionService(guidance, absence, meetings, today, lifecycle=lifecycle)
        organisations = OrganisationService(store, catalog, today)
        forms.reference_check = organisations.form_reference_problems
        policy_import = apply_policy_file(organisations, policy.organisations_file, policy.source)
        services = cls(
            store,
            catalog,
            records,
            forms,
            guidance,
            absence,
            meetings,
            attention,
            consent,
            RetentionService(store, today),
            InzageService(store, today),
            lifecycle=lifecycle,
            routes=routes,
            organisations=organisations,
            policy_import=policy_import,
            doorbraak=doorbraak,
            search=SearchService(store),
            notes=NoteService(store, today),
            attachments=AttachmentService(store, today),
            signatures=SignatureService(store, today),
            form_folders=folders,
            policy=policy,
        )
        services.form_problems = report_problems(services)
        return services
