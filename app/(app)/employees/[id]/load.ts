import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";

/** A missing (or other company's) employee is a plain 404: the page never says which. */
export async function loadOr404<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}
