-- AlterTable
ALTER TABLE "SecurityEvent" ADD COLUMN     "count" INTEGER NOT NULL DEFAULT 1;
