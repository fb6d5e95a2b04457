"""Files shipped with the app: translations (``translations/*.ts``, compiled to ``.qm`` by the build)."""
